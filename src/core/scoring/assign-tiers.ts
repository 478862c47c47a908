/**
 * Tiers (dj: 优秀 10 %, 良好 30 % of everyone assessed, floor-rounded, taken
 * by rank among those with at least 60; below 60 不合格; the rest 合格).
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { cutPlaces, type CutColumns, type CutContext } from "./cut-places.ts";
import { toHundredths } from "./hundredths.ts";

type Tiering = NonNullable<RuleSet["tiering"]>;

/** Tier code of a trainee who was not assessed (缺考或未录入). */
export const NO_TIER = 255;

/** Tier names in order, best first: the shares, then the rest tier, then the fail tier. */
export function listTiers(tiering: Tiering): string[] {
  return [...tiering.shares.map((s) => s.tier), tiering.restTier, tiering.failTier];
}

/**
 * Places a share of `base` takes. The share is read as an exact number of
 * millionths, so 30 % of 10 is 3, not 2 because 0.3 × 10 is 2.9999… in binary.
 */
export function countShare(share: number, base: number, rounding: Tiering["rounding"]): number {
  const scaled = Math.round(share * 1_000_000) * base;
  if (rounding === "floor") return Math.floor(scaled / 1_000_000);
  if (rounding === "ceil") return Math.ceil(scaled / 1_000_000);
  return Math.floor((scaled + 500_000) / 1_000_000);
}

/** What tiering decided for the cohort. */
export interface TierSummary {
  /** Head-count the shares are taken of. */
  base: number;
  /** Places per share tier. */
  capacities: { tier: string; capacity: number }[];
}

/**
 * Writes each trainee's tier code (an index into `listTiers`, PENDING_PLACE
 * in an open tie, NO_TIER when not assessed) for the assessed trainees given
 * in rank order; `failed` marks those whose gates failed.
 */
export function assignTiers(
  tiering: Tiering,
  ctx: CutContext,
  out: CutColumns,
  assessed: Int32Array,
  failed: Uint8Array,
): TierSummary {
  const failCode = tiering.shares.length + 1;
  const failBelow = toHundredths(tiering.failBelow);
  const qualified = new Int32Array(assessed.length);
  let count = 0;
  for (const m of assessed) {
    if (failed[m] === 1 || (ctx.total[m] as number) < failBelow) out.place[m] = failCode;
    else qualified[count++] = m;
  }
  const base = tiering.base === "assessed" ? assessed.length : count;
  const capacities = tiering.shares.map((s) => ({
    tier: s.tier,
    capacity: countShare(s.share, base, tiering.rounding),
  }));
  cutPlaces(
    ctx,
    out,
    qualified.subarray(0, count),
    capacities.map((c) => ({ label: c.tier, capacity: c.capacity })),
    tiering.restTier,
    "tier",
    null,
  );
  return { base, capacities };
}
