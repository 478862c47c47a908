/** A demo sheet as an import of it would store it: the template's columns, rows counted below its title and header rows. */
import type { RecordKind } from "../fields/field-schema.ts";
import type { CellValue, RecordBatch } from "../records/record-batch.ts";
import type { DemoTemplate } from "./demo-program.ts";

/** One demo sheet: the template it fills and its rows. */
export interface DemoBatch {
  templateId: string;
  recordKind: RecordKind;
  batch: RecordBatch;
}

// Row 1 is the title, row 2 the header (as the blank templates are laid out), so data starts on row 3.
const firstDataRow = 3;

/** The rows of `template` with `count` rows, each column copied from `columnOf(key)`. */
export function makeDemoBatch(
  template: DemoTemplate,
  count: number,
  columnOf: (key: string) => readonly CellValue[],
): DemoBatch {
  return {
    templateId: template.id,
    recordKind: template.recordKind,
    batch: {
      fields: template.fields.map((f) => f.key),
      rowNumbers: Array.from({ length: count }, (_, row) => row + firstDataRow),
      columns: template.fields.map((f) => columnOf(f.key).slice(0, count)),
    },
  };
}
