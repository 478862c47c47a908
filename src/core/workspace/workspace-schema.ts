/**
 * What the staff workspace stores, declared once: the db module infers its
 * table types from these, and a backup is checked against them on restore.
 */
import { z } from "zod";
import { recordKind } from "../fields/field-schema.ts";

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One run of a program (期/批次) with the staff's changes to the published rules. */
export const cohort = z.object({
  id: z.string().min(1),
  programSlug: z.string().min(1),
  name: z.string().min(1),
  year: z.number().int(),
  /** Parameter changes against the published rules, as a JSON-pointer-like path → value map. */
  ruleOverrides: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Rows held across all imports, kept here so the cohort list needs no scan. */
  rowCount: z.number().int().nonnegative(),
  lastImportAt: z.number().nullable(),
});
export type Cohort = z.infer<typeof cohort>;

/** One committed file import. */
export const importRecord = z.object({
  id: z.string().min(1),
  cohortId: z.string().min(1),
  fileName: z.string().min(1),
  /** SHA-256 of the file's bytes, hex: re-importing the same file is detected by it. */
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  sheetName: z.string(),
  recordKind: recordKind,
  importedAt: z.number(),
  rowCount: z.number().int().nonnegative(),
  skippedRows: z.number().int().nonnegative(),
  /** Column header → field key, as confirmed by the person. */
  mapping: z.record(z.string(), z.string()),
});
export type ImportRecord = z.infer<typeof importRecord>;

/** A slice of one import's rows, stored column by column (see record-batch.ts). */
export const rowChunk = z.object({
  importId: z.string().min(1),
  cohortId: z.string().min(1),
  index: z.number().int().nonnegative(),
  fields: z.array(z.string()),
  rowNumbers: z.array(z.number().int().positive()),
  columns: z.array(z.array(cellValue)),
});
export type RowChunk = z.infer<typeof rowChunk>;

/** A person's decision about one trainee, kept apart from the computed result. */
export const decision = z.object({
  id: z.string().min(1),
  cohortId: z.string().min(1),
  /** The trainee's key within the cohort (ID number, phone or name + employer). */
  traineeKey: z.string().min(1),
  kind: z.enum(["tier", "selection", "tie"]),
  value: z.string().min(1),
  reason: z.string().min(1, "须写明理由"),
  decidedAt: z.number(),
});
export type Decision = z.infer<typeof decision>;

/** A confirmed header mapping, recalled for the next file with the same headers. */
export const rememberedMapping = z.object({
  /** Program slug + normalised headers, joined. */
  signature: z.string().min(1),
  mapping: z.record(z.string(), z.string()),
  savedAt: z.number(),
});
export type RememberedMapping = z.infer<typeof rememberedMapping>;
