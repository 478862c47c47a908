/**
 * The assessment rules as data: the contract between the published program
 * page (which renders them) and the scoring engine (which runs them).
 * Every rule carries `original`, the seed's own wording, so the page can
 * print the plain reading beside it.
 */
import { z } from "zod";

/** A key of a measure on a trainee record, e.g. `onlineHours`. */
export const measureKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "度量键须为 camelCase 英文标识符");

/** Comparison used by gates, pass marks and thresholds; `>` is 超过, `>=` is 达到/以上. */
export const comparison = z.enum([">", ">=", "<", "<="]);
export type Comparison = z.infer<typeof comparison>;

const ruleBase = {
  /** Stable id, unique within the program. */
  id: z.string().min(1),
  /** Short Chinese label shown in tables, e.g. 线上培训. */
  label: z.string().min(1),
  /** The sentence of the seed document this rule reads, verbatim. */
  original: z.string().min(1),
};

/** points = weight × min(value, full) / full: a measure scaled linearly and capped. */
export const linearComponent = z.object({
  ...ruleBase,
  kind: z.literal("linear"),
  measure: measureKey,
  /** The value that earns the whole weight (20 学时, 100 分). */
  full: z.number().positive(),
  /** Points at or above `full`. */
  weight: z.number().positive(),
});

/** points = weight when value compares to `threshold`, else 0. */
export const thresholdComponent = z.object({
  ...ruleBase,
  kind: z.literal("threshold"),
  measure: measureKey,
  op: comparison,
  threshold: z.number(),
  weight: z.number().positive(),
});

/** points = weight × min(done / required, 1); `required` fixed or read per trainee. */
export const proRataComponent = z.object({
  ...ruleBase,
  kind: z.literal("proRata"),
  measure: measureKey,
  required: z.union([z.number().positive(), z.object({ measure: measureKey })]),
  weight: z.number().positive(),
});

/** One countable achievement: `pointsEach` per unit of `measure`. */
export const pointItem = z.object({
  measure: measureKey,
  label: z.string().min(1),
  pointsEach: z.number().positive(),
});

/** A group of point items summed, then capped (专利产品备案 2 each, +3 if 认定, 最高 10). */
export const itemsComponent = z.object({
  ...ruleBase,
  kind: z.literal("items"),
  items: z.array(pointItem).min(1),
  /** Cap on the group's sum; absent means uncapped. */
  cap: z.number().positive().optional(),
});

/** Points by amount band: the first band whose `below` exceeds the value, else the last band. */
export const bandsComponent = z.object({
  ...ruleBase,
  kind: z.literal("bands"),
  measure: measureKey,
  /** Value of 0 or missing earns nothing. */
  bands: z.array(z.object({ below: z.number().positive().optional(), points: z.number().positive() })).min(2),
  unit: z.string().min(1),
});

/** A fixed bonus when a yes/no measure is true (获得认定 +2). */
export const bonusComponent = z.object({
  ...ruleBase,
  kind: z.literal("bonus"),
  measure: measureKey,
  points: z.number().positive(),
});

export const component = z.discriminatedUnion("kind", [
  linearComponent,
  thresholdComponent,
  proRataComponent,
  itemsComponent,
  bandsComponent,
  bonusComponent,
]);
export type Component = z.infer<typeof component>;

/** A condition that must hold whatever the total (线上学时 ≥ 20). */
export const gate = z.object({
  ...ruleBase,
  measure: measureKey,
  /** `present` only asks that the measure was entered or is true (问卷已提交). */
  op: z.union([comparison, z.literal("present")]),
  value: z.number().optional(),
  unit: z.string().optional(),
});
export type Gate = z.infer<typeof gate>;

/** Pass when every gate holds and total compares to `mark` (总分超过 75). */
export const passMark = z.object({
  ...ruleBase,
  op: comparison,
  mark: z.number(),
});

/** Top `quota` per group by total (each 城市圈 200). Ties at the cut are reported, never broken silently. */
export const selection = z.object({
  ...ruleBase,
  groupBy: z.enum(["cluster", "region", "none"]),
  quota: z.number().int().positive(),
});

/** Tiers by share of a base, floor-rounded, taken by rank among those at or above `failBelow`. */
export const tiering = z.object({
  ...ruleBase,
  failBelow: z.number(),
  failTier: z.string().min(1),
  restTier: z.string().min(1),
  /** 'assessed': everyone assessed that year; 'qualified': only those not failed. */
  base: z.enum(["assessed", "qualified"]),
  rounding: z.enum(["floor", "round", "ceil"]),
  shares: z.array(z.object({ tier: z.string().min(1), share: z.number().gt(0).lt(1) })).min(1),
  /** Staff may replace a computed tier with a written reason. */
  overridable: z.boolean(),
});

/** A part of an exam-style assessment that is passed or failed per attempt. */
export const attemptPart = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Measure of the first attempt and, when make-ups are allowed, of the make-up. */
  measure: measureKey,
  makeUpMeasure: measureKey.optional(),
  /** Score compared to `value`; a yes/no measure uses `present`. */
  op: z.union([comparison, z.literal("present")]),
  value: z.number().optional(),
});

/** Certified when every part passes in the first attempt or within `makeUps` make-ups. */
export const attempts = z.object({
  ...ruleBase,
  parts: z.array(attemptPart).min(1),
  makeUps: z.number().int().min(0),
  /** Which attempt counts when both exist. */
  use: z.enum(["best", "last"]),
});

/** Who gets a certificate or enters the talent pool. */
export const eligibility = z.object({
  ...ruleBase,
  /** 'pass': passed; 'selected'; 'certified' (attempts); a tier name or better. */
  when: z.union([z.enum(["pass", "selected", "certified"]), z.object({ tierAtLeast: z.string() })]),
});

/** Offline-session admission: priority classes in order, then registration time; capacity per session. */
export const admission = z.object({
  ...ruleBase,
  priority: z.array(z.object({ measure: measureKey, label: z.string().min(1) })),
  thenBy: measureKey,
  fee: z.object({
    amount: z.number().nonnegative(),
    unit: z.string().min(1),
    /** Fee charged when this yes/no measure is true (省外). */
    chargedWhen: measureKey,
    /** ...unless this one is true (参加过湾高赛). */
    waivedWhen: measureKey.optional(),
  }),
});

/** A counted goal (2,000 人次; ≥ 100 人; 17 市州). */
export const target = z.object({
  ...ruleBase,
  /** What is counted. */
  counts: z.enum(["personTimes", "poolMembers", "regions", "counties", "enterprises", "trainees"]),
  value: z.number().int().positive(),
  /** 不少于 (at least, the default) or 约 (about, as in 约 600 名). */
  bound: z.enum(["atLeast", "about"]).default("atLeast"),
  unit: z.string().min(1),
  /** Year by which it is due, if stated. */
  by: z.number().int().optional(),
  /** Breakdowns shown beside the total. */
  breakdown: z.array(z.enum(["year", "category", "region", "orgKind"])),
});
export type Target = z.infer<typeof target>;

/** Ranking order: total descending, then these measures; absent means ties are shared. */
export const ranking = z.object({
  tieBreak: z.array(z.object({ measure: measureKey, order: z.enum(["asc", "desc"]) })),
});

/** The whole assessment of one program. Optional parts are absent where the seed has no such rule. */
export const ruleSet = z
  .object({
    /** Sum of the capped component weights, when the seed says so (三项总分为 100 分). */
    maxTotal: z.number().positive().optional(),
    /** Points are kept in integer hundredths; totals shown and compared with this many decimals. */
    decimals: z.literal(2),
    components: z.array(component),
    gates: z.array(gate),
    passMark: passMark.optional(),
    selection: selection.optional(),
    tiering: tiering.optional(),
    attempts: attempts.optional(),
    certificate: eligibility.optional(),
    talentPool: eligibility.optional(),
    admission: admission.optional(),
    ranking: ranking,
    targets: z.array(target),
    /** Rule parameters staff set themselves (jy weights), listed so the page says so. */
    staffSet: z.array(z.object({ path: z.string().min(1), note: z.string().min(1) })),
  })
  .superRefine((rules, ctx) => {
    const ids = new Set<string>();
    for (const [i, c] of rules.components.entries()) {
      if (ids.has(c.id))
        ctx.addIssue({ code: "custom", path: ["components", i, "id"], message: `考核项 id 重复：${c.id}` });
      ids.add(c.id);
    }
    if (rules.maxTotal !== undefined) {
      const sum = rules.components.reduce((s, c) => s + maxPoints(c), 0);
      if (Math.abs(sum - rules.maxTotal) > 1e-9)
        ctx.addIssue({
          code: "custom",
          path: ["components"],
          message: `各考核项满分之和为 ${sum}，与总分 ${rules.maxTotal} 不符`,
        });
    }
    for (const [i, p] of (rules.attempts?.parts ?? []).entries())
      if ((rules.attempts?.makeUps ?? 0) > 0 && p.makeUpMeasure === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["attempts", "parts", i, "makeUpMeasure"],
          message: `「${p.label}」允许补考，须给出补考成绩的度量`,
        });
    for (const [i, g] of rules.gates.entries())
      if (g.op !== "present" && g.value === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["gates", i, "value"],
          message: `必要条件「${g.label}」缺少比较值`,
        });
  });
export type RuleSet = z.infer<typeof ruleSet>;

/** The most points a component can give; Infinity for an uncapped item group. */
export function maxPoints(c: Component): number {
  switch (c.kind) {
    case "linear":
    case "threshold":
    case "proRata":
      return c.weight;
    case "items":
      return c.cap ?? Number.POSITIVE_INFINITY;
    case "bands":
      return Math.max(...c.bands.map((b) => b.points));
    case "bonus":
      return c.points;
  }
}
