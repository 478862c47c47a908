/** The messages of the export worker: one table in, the file's bytes (or why not) out. */
import type { NamedTable } from "./write-results-workbook.ts";

/** The file formats an export is written in. */
export type ExportFormat = "xlsx" | "csv";

/** Write `sheet` as a file of `format`. */
export interface WorkbookRequest {
  format: ExportFormat;
  sheet: NamedTable;
}

/** The file's bytes (transferred), or the error's message. */
export type WorkbookReply = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; message: string };
