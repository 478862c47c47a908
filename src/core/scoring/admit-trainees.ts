/**
 * Offline-session admission (gd-ipo-2021): priority classes in the rules'
 * order (专利奖, then 湾高赛), then registration time; and the fee, charged
 * to out-of-province trainees unless waived (湾高赛 entrants).
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import type { MeasureColumns } from "./measure-columns.ts";
import type { TraineeRecord } from "./scoring-input.ts";

type Admission = NonNullable<RuleSet["admission"]>;

/** Fee state codes. */
export const feeState = { free: 0, charged: 1, waived: 2, unknown: 3 } as const;

/** Each trainee's priority class (an index into `priority`, or its length for 按报名时间) and fee state. */
export interface AdmissionColumns {
  priority: Uint8Array;
  fee: Uint8Array;
}

/** Reads the priority class and fee state of every trainee. */
export function readAdmission(admission: Admission, columns: MeasureColumns): AdmissionColumns {
  const n = columns.size;
  const priority = new Uint8Array(n).fill(admission.priority.length);
  for (let k = admission.priority.length - 1; k >= 0; k--) {
    const values = columns.numbers((admission.priority[k] as Admission["priority"][number]).measure);
    for (let i = 0; i < n; i++) if ((values[i] as number) > 0) priority[i] = k;
  }
  const fee = new Uint8Array(n);
  const charged = columns.numbers(admission.fee.chargedWhen);
  const waived = admission.fee.waivedWhen === undefined ? null : columns.numbers(admission.fee.waivedWhen);
  for (let i = 0; i < n; i++) {
    const c = charged[i] as number;
    if (c !== c) fee[i] = feeState.unknown;
    else if (c > 0)
      fee[i] = waived !== null && (waived[i] as number) > 0 ? feeState.waived : feeState.charged;
  }
  return { priority, fee };
}

/** Who gets a seat in a session of `capacity` among its applicants, and who waits, in admission order. */
export function admitToSession(
  admission: Admission,
  applicants: readonly TraineeRecord[],
  capacity: number | null,
): { admitted: string[]; waiting: string[] } {
  const classOf = (t: TraineeRecord): number => {
    const k = admission.priority.findIndex((p) => {
      const v = t.measures[p.measure];
      return v === true || (typeof v === "number" && v > 0);
    });
    return k < 0 ? admission.priority.length : k;
  };
  const ordered = applicants
    .map((t) => ({ id: t.id, k: classOf(t), at: t.measures[admission.thenBy] }))
    .sort((a, b) => a.k - b.k || compareRegistered(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => a.id);
  const seats = capacity ?? ordered.length;
  return { admitted: ordered.slice(0, seats), waiting: ordered.slice(seats) };
}

/** Earlier first; ISO date strings compare as text, numbers as numbers; 未录入 last. */
function compareRegistered(a: unknown, b: unknown): number {
  const known = (v: unknown): v is string | number =>
    typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  if (!known(a)) return known(b) ? 1 : 0;
  if (!known(b)) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
