/** Small validated sheets for export tests, built from the real program entries. */
import type { CellValue } from "../../../src/core/records/record-batch.ts";
import { labelColumns } from "../../../src/core/validation/column-labels.ts";
import type { ValidatedSheet } from "../../../src/export/score-imports.ts";
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
