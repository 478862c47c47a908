/** How a problem names the column it is about: the letter and the header people see in their sheet. */
import type { Field } from "../fields/field-schema.ts";
import { toColumnLetter } from "./column-letter.ts";

/** A column as the preview names it. */
export interface ColumnLabel {
  /** Column letter, e.g. "C". */
  column: string;
  header: string;
  field: Field;
}

/** Labels by field key; a binding without its own header is named by the field's label. */
export function labelColumns(
  bindings: readonly { column: number; field: Field; header?: string }[],
): Map<string, ColumnLabel> {
  return new Map(
    bindings.map((b) => [
      b.field.key,
      { column: toColumnLetter(b.column), header: b.header || b.field.label, field: b.field },
    ]),
  );
}
