/** Small validated sheets for export tests, built from the real program entries. */
import type { CellValue } from "../../../src/core/records/record-batch.ts";
import { applyRulePatch, type RulePatch } from "../../../src/core/rules/cohort-rules.ts";
import type { RuleSet } from "../../../src/core/rules/rule-schema.ts";
import { labelColumns } from "../../../src/core/validation/column-labels.ts";
import type { ValidatedSheet } from "../../../src/export/score-imports.ts";
import { scoreSheets, type ScoredCohort, type ScoringChoices } from "../../../src/export/scored-cohort.ts";
import { loadProgram } from "../helpers/load-programs.ts";
import { batchOf } from "../core/validation/batches.ts";

/** A sheet of `slug`'s template `templateId` holding `rows` of the given field keys, in that column order. */
export function sheetOf(
  slug: string,
  templateId: string,
  keys: string[],
  rows: CellValue[][],
  fileName = "学员.xlsx",
): ValidatedSheet {
  const template = loadProgram(slug).data.templates.find((t) => t.id === templateId);
  if (template === undefined) throw new Error(`no template ${templateId} in ${slug}`);
  const field = (key: string) => {
    const found = template.fields.find((f) => f.key === key);
    if (found === undefined) throw new Error(`no field ${key} in ${slug}/${templateId}`);
    return found;
  };
  return {
    fileName,
    sheetName: "Sheet1",
    recordKind: template.recordKind,
    batch: batchOf(keys, rows),
    labels: labelColumns(keys.map((key, column) => ({ column, field: field(key) }))),
  };
}

/** The program `slug` scored from `sheets`, as the workspace's exports see it (cohort 测试批次 of `year`). */
export function scoredOf(
  slug: string,
  sheets: ValidatedSheet[],
  choices: ScoringChoices = {},
  year = 2023,
): ScoredCohort {
  return scoreSheets(loadProgram(slug).data, { name: "测试批次", year }, sheets, choices);
}

/** The published rules of `slug` with a cohort's parameter changes. */
export function patchRules(slug: string, patch: RulePatch): RuleSet {
  const patched = applyRulePatch(loadProgram(slug).data.rules, patch);
  if (!patched.ok) throw new Error(patched.problems.join("；"));
  return patched.rules;
}
