/** Exported tables as text, one line per row and cells split by " | ", so a snapshot reads like the sheet. */
import type { ExportTable } from "../../../src/export/result-table.ts";

/** The table's title rows, header and rows as lines; an empty cell prints as nothing. */
export function printTable(table: ExportTable): string {
  return [...(table.titleRows ?? []).map((line) => [line]), table.header, ...table.rows]
    .map((row) => row.map((cell) => (cell === null ? "" : String(cell))).join(" | "))
    .join("\n");
}
