/**
 * What the scoring engine is given, declared once: trainee records, the
 * decisions people make about single trainees, and the records targets are
 * counted from. These cross a boundary (imported files, the database), so
 * they are zod schemas; the engine itself trusts already-parsed values.
 */
import { z } from "zod";

/** A raw figure as imported; `null`/absent is 未录入, never 0. Strings only order things (ISO dates). */
export const measureValue = z.union([z.number(), z.boolean(), z.string(), z.null()]).optional();
export type MeasureValue = z.infer<typeof measureValue>;

/** One trainee of a cohort. */
export const traineeRecord = z.object({
  /** Unique within the cohort (the import's trainee key). */
  id: z.string().min(1),
  /** 市州, matched to the region table by the importer. */
  region: z.string().min(1).optional(),
  /** 城市圈/城市群, derived from the region. */
  cluster: z.string().min(1).optional(),
  /** 县（市）区. */
  county: z.string().min(1).optional(),
  /** 单位类型 / 企业类型. */
  orgKind: z.string().min(1).optional(),
  /** 人才类别 (jy). */
  category: z.string().min(1).optional(),
  /** Year the record belongs to (入库年份 for a pool member), for target breakdowns. */
  year: z.number().int().optional(),
  measures: z.record(z.string(), measureValue),
});
export type TraineeRecord = z.infer<typeof traineeRecord>;

/**
 * A person's decision about one trainee, kept apart from the computed result:
 * `tier`/`selection` override the result with a reason; `tie` places a trainee
 * of a tie straddling a cut-off (the value is the place: 入选, 未入选 or a tier).
 */
export const traineeDecision = z.object({
  traineeId: z.string().min(1),
  kind: z.enum(["tier", "selection", "tie"]),
  value: z.string().min(1),
  reason: z.string().min(1, "须写明理由"),
});
export type TraineeDecision = z.infer<typeof traineeDecision>;

/** One person at one training (jy 参训记录): counted as person-times. */
export const participationRecord = z.object({
  year: z.number().int().optional(),
  category: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  orgKind: z.string().min(1).optional(),
  /** Person-times this row stands for; 1 when absent. */
  personTimes: z.number().int().nonnegative().optional(),
});
export type ParticipationRecord = z.infer<typeof participationRecord>;

/** One training class (hb-bxwq 培训情况统计表 row): coverage is counted from these. */
export const trainingClassRecord = z.object({
  year: z.number().int().optional(),
  region: z.string().min(1).optional(),
  county: z.string().min(1).optional(),
  /** 人数. */
  attendees: z.number().nonnegative().nullable().optional(),
  /** Enterprises the class reached, where the sheet gives them. */
  enterprises: z.number().int().nonnegative().nullable().optional(),
});
export type TrainingClassRecord = z.infer<typeof trainingClassRecord>;
