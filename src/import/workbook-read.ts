/**
 * What reading a file yields, as plain data that crosses the worker
 * boundary: the sheet list first, then a chosen sheet's rows in pieces.
 */
import type { Cell } from "../core/cells/cell.ts";
import type { EncodingSource, TextEncodingName } from "./decode-text.ts";
import type { ReadFailure } from "./read-failure.ts";

/** A merged block of cells, zero-based and inclusive; its value sits in the first cell. */
export interface MergedRange {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** One sheet as listed for the person to pick. Counts run to the last non-empty row and column. */
export interface SheetSummary {
  name: string;
  /** Hidden in Excel or WPS (including "very hidden"); such sheets are listed but marked. */
  hidden: boolean;
  rowCount: number;
  columnCount: number;
  merges: MergedRange[];
  /** Why this sheet cannot be read, when it cannot. */
  problem?: ReadFailure;
}

/** The container the file turned out to be, whatever its extension said. */
export type WorkbookFormat = "xlsx" | "xlsb" | "ods" | "xls" | "html" | "csv";

/** A file's sheet list and what applies to all its sheets. */
export interface WorkbookRead {
  fileName: string;
  format: WorkbookFormat;
  /** Serial numbers count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  /** For text files only: how the bytes were decoded, so the person can pick another encoding. */
  encoding?: { name: TextEncodingName; source: EncodingSource };
  sheets: SheetSummary[];
}

/** Consecutive rows of a sheet; `firstRow` is zero-based, so row i is spreadsheet row firstRow + i + 1. */
export interface RowPiece {
  firstRow: number;
  rows: Cell[][];
}
