/**
 * Scores a cohort as the workspace stored it: its imports' rows (oldest
 * first), its own rule parameters applied to the program's published rules,
 * and the decisions people made. Pure: the caller reads the database.
 */
import type { RecordBatch } from "../core/records/record-batch.ts";
import { applyRulePatch } from "../core/rules/cohort-rules.ts";
import type { Cohort, Decision, ImportRecord } from "../core/workspace/workspace-schema.ts";
import { scoreSheets, type ExportProgram, type ScoredCohort } from "./scored-cohort.ts";

/** One stored import with its rows joined back (what `loadCohortRows` gives). */
export interface StoredImport {
  record: ImportRecord;
  batch: RecordBatch;
}

/** The scored cohort, or why its rule parameters cannot be used. */
export type StoredScoring = { ok: true; scored: ScoredCohort } | { ok: false; problems: string[] };

/** Scores the stored cohort with its own rules and decisions. */
export function scoreStoredCohort(
  program: ExportProgram,
  cohort: Pick<Cohort, "name" | "year" | "ruleOverrides">,
  imports: readonly StoredImport[],
  decisions: readonly Pick<Decision, "traineeKey" | "kind" | "value" | "reason">[],
): StoredScoring {
  const patched = applyRulePatch(program.rules, cohort.ruleOverrides);
  if (!patched.ok) return { ok: false, problems: patched.problems };
  const sheets = imports.map(({ record, batch }) => ({
    fileName: record.fileName,
    sheetName: record.sheetName,
    recordKind: record.recordKind,
    batch,
  }));
  const scored = scoreSheets(program, { name: cohort.name, year: cohort.year }, sheets, {
    rules: patched.rules,
    decisions: decisions.map((d) => ({
      traineeId: d.traineeKey,
      kind: d.kind,
      value: d.value,
      reason: d.reason,
    })),
  });
  return { ok: true, scored };
}
