/**
 * Places with a capacity taken in rank order: the selection quota of a group
 * (入选 200, then 未入选) or the tiers (优秀, 良好, then 合格). A group of
 * trainees sharing a rank that straddles a cut is never split silently: it is
 * reported as a tie, and stays pending until a person places every one of
 * them with counts that fit the seats.
 */
import type { Problem } from "./problem.ts";

/** A place and how many trainees it takes. */
export interface Place {
  label: string;
  capacity: number;
}

/** A group of trainees sharing a rank across a cut-off, for a person to decide. */
export interface Tie {
  /** Names the cut: `selection:<group>:<first place>` or `tier:<first place>`. */
  key: string;
  cut: "selection" | "tier";
  /** The selection group (城市圈), or null. */
  group: string | null;
  /** The shared total in hundredths, and the shared rank. */
  total: number;
  rank: number;
  /** Trainee ids, sorted. */
  candidates: string[];
  /** How many of the candidates each place takes, best place first. */
  seats: { label: string; count: number }[];
  /** True when decisions place every candidate and fit the seats. */
  decided: boolean;
}

/** Place code of a trainee in a tie nobody has settled yet. */
export const PENDING_PLACE = 254;

/** Everything a cut reads and writes, shared across the groups of a cohort. */
export interface CutContext {
  ids: ArrayLike<string>;
  rank: Int32Array;
  total: Int32Array;
  ties: Tie[];
  /** A person's placing of tied trainees: trainee index → place label. */
  choices: ReadonlyMap<number, string>;
  /** Trainees whose choice was looked at, so unused ones can be reported. */
  consulted: Set<number>;
  problems: Problem[];
}

/** Where a cut writes: the place code and tie of each trainee. */
export interface CutColumns {
  /** An index into the cut's places, `places.length` for the rest, or PENDING_PLACE. */
  place: Uint8Array;
  /** Index into the context's `ties`, or -1. */
  tieOf: Int32Array;
}

/** Places `ordered` (best first) into `places` then `rest`, reporting straddling ties. */
export function cutPlaces(
  ctx: CutContext,
  out: CutColumns,
  ordered: Int32Array,
  places: readonly Place[],
  rest: string,
  cut: Tie["cut"],
  group: string | null,
): void {
  const bounds: number[] = [];
  let sum = 0;
  for (const p of places) bounds.push((sum += p.capacity));
  const placeAt = (position: number): number => {
    let k = 0;
    while (k < bounds.length && position >= (bounds[k] as number)) k++;
    return k;
  };
  const labels = [...places.map((p) => p.label), rest];
  for (let start = 0; start < ordered.length;) {
    const rank = ctx.rank[ordered[start] as number];
    let end = start + 1;
    while (end < ordered.length && ctx.rank[ordered[end] as number] === rank) end++;
    const first = placeAt(start);
    const last = placeAt(end - 1);
    if (first === last) for (let p = start; p < end; p++) out.place[ordered[p] as number] = first;
    else settleTie(ctx, out, ordered.subarray(start, end), start, placeAt, labels, first, last, cut, group);
    start = end;
  }
}

function settleTie(
  ctx: CutContext,
  out: CutColumns,
  members: Int32Array,
  start: number,
  placeAt: (position: number) => number,
  labels: readonly string[],
  first: number,
  last: number,
  cut: Tie["cut"],
  group: string | null,
): void {
  const counts = new Map<number, number>();
  for (let p = 0; p < members.length; p++) {
    const k = placeAt(start + p);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const seats = [...counts].map(([k, count]) => ({ label: labels[k] as string, count }));
  const head = members[0] as number;
  const tie: Tie = {
    key: [cut, ...(group === null ? [] : [group]), labels[first]].join(":"),
    cut,
    group,
    total: ctx.total[head] as number,
    rank: ctx.rank[head] as number,
    candidates: Array.from(members, (m) => ctx.ids[m] as string).sort(),
    seats,
    decided: false,
  };
  const chosen = readChoices(ctx, members, labels.slice(first, last + 1));
  tie.decided = chosen !== null && fitsSeats(ctx, tie, chosen);
  const tieIndex = ctx.ties.push(tie) - 1;
  for (let p = 0; p < members.length; p++) {
    const m = members[p] as number;
    out.tieOf[m] = tieIndex;
    out.place[m] = tie.decided && chosen !== null ? labels.indexOf(chosen[p] as string) : PENDING_PLACE;
  }
}

/** The chosen label of every member, or null while anyone is still undecided. */
function readChoices(ctx: CutContext, members: Int32Array, allowed: readonly string[]): string[] | null {
  const chosen: string[] = [];
  for (const m of members) {
    ctx.consulted.add(m);
    const label = ctx.choices.get(m);
    if (label === undefined) return null;
    if (!allowed.includes(label)) {
      ctx.problems.push({
        code: "tieChoiceUnknown",
        message: `学员 ${ctx.ids[m]} 的并列决定“${label}”不在可选范围内（${allowed.join("、")}），未采用`,
      });
      return null;
    }
    chosen.push(label);
  }
  return chosen;
}

function fitsSeats(ctx: CutContext, tie: Tie, chosen: readonly string[]): boolean {
  for (const seat of tie.seats) {
    const count = chosen.filter((c) => c === seat.label).length;
    if (count !== seat.count) {
      ctx.problems.push({
        code: "tieChoiceCount",
        message: `${tie.group ?? ""}并列第 ${tie.rank} 名的 ${tie.candidates.length} 人中“${seat.label}”应为 ${seat.count} 人，现决定 ${count} 人，未采用`,
      });
      return false;
    }
  }
  return true;
}
