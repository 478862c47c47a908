/**
 * Writes an exported table as CSV for people who ask for it: UTF-8 with a
 * byte-order mark (Excel reads Chinese only then), RFC 4180 quoting, CRLF
 * line ends. A text cell beginning with = + - @, a tab or a carriage return
 * gets a leading ' so a spreadsheet never runs it as a formula (OWASP "CSV
 * injection"); numbers are written as numbers, a negative one included.
 */
import type { ExportTable, TableCell } from "./result-table.ts";

const BOM = "\uFEFF";
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** The CSV text of the table: title rows, header, rows; with the BOM. */
export function writeCsv(table: ExportTable): string {
  const lines = [...(table.titleRows ?? []).map((line) => [line]), table.header, ...table.rows].map((row) =>
    row.map(writeField).join(","),
  );
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

function writeField(value: TableCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
