/**
 * The only SheetJS reader. Opens a file's bytes into a sheet list, checking
 * what SheetJS returns (it "succeeds" on much bad input), then hands out a
 * chosen sheet's cells as rows of `Cell`, read straight from the dense sheet
 * rather than through `sheet_to_json` (which renames duplicate headers, drops
 * error cells and turns title rows into `__EMPTY`). Runs in the import
 * worker and in Node (the command line, the tests).
 */
import * as XLSX from "@e965/xlsx";
import type { Cell } from "../core/cells/cell.ts";
import { isTimeFormat } from "../core/cells/parse-duration.ts";
import { checkZipPackage } from "./check-zip-package.ts";
import { chooseReader, readExtension, type ReaderKind } from "./choose-reader.ts";
import { countRecords, declareSeparator, readSeparator } from "./csv-text.ts";
import { decodeText, type DecodedText, type TextEncodingName } from "./decode-text.ts";
import { MAX_COLUMNS, MAX_ROWS } from "./import-limits.ts";
import { createReadError, describeReadFailure, WorkbookReadError } from "./read-failure.ts";
import type { MergedRange, RowPiece, SheetSummary, WorkbookFormat, WorkbookRead } from "./workbook-read.ts";

/**
 * Dense sheets, cached values instead of formulas, number formats kept (so
 * dates and times are known), and nothing for display: no HTML, no
 * formatted text, no styles. These options roughly halve the read time.
 * No `sheetRows`: it truncates silently where a blank row falls on the
 * limit, so rows are counted after the read instead; the file-size and
 * unzipped-size limits already bound the work.
 */
const parsingOptions: XLSX.ParsingOptions = {
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellStyles: false,
  cellNF: true,
  cellDates: false,
  sheetStubs: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  WTF: false,
};

// Excel's error codes (MS-XLSB 2.5.97.2): SheetJS keeps the number, people know the text.
const errorCodes = new Map([
  [0x00, "#NULL!"],
  [0x07, "#DIV/0!"],
  [0x0f, "#VALUE!"],
  [0x17, "#REF!"],
  [0x1d, "#NAME?"],
  [0x24, "#NUM!"],
  [0x2a, "#N/A"],
  [0x2b, "#GETTING_DATA"],
]);

// SheetJS types its bundled number-format library as `any`; this is the one call used.
const numberFormats = XLSX.SSF as { is_date(format: string): boolean };

const emptyCell: Cell = Object.freeze({ kind: "empty" });
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

/** An open file: its sheet list, and the parsed workbook its rows are read from. */
export interface OpenedWorkbook {
  summary: WorkbookRead;
  book: XLSX.WorkBook;
}

/** How to open a file: text files may be decoded in an encoding the person chose. */
export interface OpenOptions {
  encoding?: TextEncodingName | undefined;
}

/**
 * Reads a file's bytes into its sheet list; throws a WorkbookReadError with a
 * Chinese message when the file cannot be used at all. A sheet that cannot be
 * read (missing, too big) is listed with its problem, unless it is the only one.
 */
export function openWorkbook(bytes: Uint8Array, fileName: string, options: OpenOptions = {}): OpenedWorkbook {
  const kind = chooseReader(bytes, fileName);
  if (kind === "zip") checkZipPackage(bytes, fileName);
  const decoded = kind === "text" ? decodeCsv(bytes, fileName, options.encoding) : undefined;
  const book = parseBook(bytes, fileName, decoded);
  const summary: WorkbookRead = {
    fileName,
    format: readFormat(kind, book),
    date1904: book.Workbook?.WBProps?.date1904 === true,
    sheets: book.SheetNames.map((name, index) => summariseSheet(book, name, index, fileName)),
  };
  if (decoded) summary.encoding = { name: decoded.encoding, source: decoded.source };
  refuseUnreadableBook(summary);
  return { summary, book };
}

/** All rows of a sheet, padded to its column count; throws a WorkbookReadError for a sheet with a problem. */
export function readSheetRows(opened: OpenedWorkbook, sheetName: string): Cell[][] {
  const rows: Cell[][] = [];
  // One piece holds every row a readable sheet may have; pushing row by row avoids spreading 200,000 arguments.
  for (const piece of readSheetPieces(opened, sheetName, MAX_ROWS))
    for (const row of piece.rows) rows.push(row);
  return rows;
}

/** A sheet's rows in pieces of `pieceRows`, converted as they are asked for, so memory stays flat. */
export function* readSheetPieces(
  opened: OpenedWorkbook,
  sheetName: string,
  pieceRows: number,
): Generator<RowPiece> {
  const { summary, book } = opened;
  const sheetSummary = summary.sheets.find((sheet) => sheet.name === sheetName);
  if (!sheetSummary) throw createReadError("unknown-sheet", summary.fileName, { sheetName });
  if (sheetSummary.problem) throw new WorkbookReadError(sheetSummary.problem);
  const data = book.Sheets[sheetName]?.["!data"] ?? [];
  const toCell = createCellConverter(summary.date1904);
  for (let first = 0; first < sheetSummary.rowCount; first += pieceRows) {
    const last = Math.min(first + pieceRows, sheetSummary.rowCount);
    const rows: Cell[][] = [];
    for (let r = first; r < last; r += 1) {
      const source = data[r] ?? [];
      const row = new Array<Cell>(sheetSummary.columnCount);
      for (let c = 0; c < sheetSummary.columnCount; c += 1) row[c] = toCell(source[c]);
      rows.push(row);
    }
    yield { firstRow: first, rows };
  }
}

function decodeCsv(bytes: Uint8Array, fileName: string, encoding: TextEncodingName | undefined): DecodedText {
  const decoded = decodeText(bytes, encoding);
  if (!decoded) throw createReadError("not-text", fileName, {});
  return decoded;
}

function parseBook(bytes: Uint8Array, fileName: string, decoded: DecodedText | undefined): XLSX.WorkBook {
  try {
    if (!decoded) return XLSX.read(bytes, { ...parsingOptions, type: "array" });
    const separator = readSeparator(decoded.text);
    // Counted before parsing, so a file of millions of short lines is refused before it fills memory.
    if (countRecords(decoded.text, separator) > MAX_ROWS)
      throw createReadError("too-many-rows", fileName, { sheetName: nameCsvSheet(fileName) });
    // raw: every CSV cell stays text, so 18-digit IDs keep their digits and "=1+1" stays "=1+1".
    return XLSX.read(declareSeparator(decoded.text, separator), {
      ...parsingOptions,
      type: "string",
      raw: true,
      sheet: nameCsvSheet(fileName),
    });
  } catch (error) {
    throw translateSheetJsError(error, fileName);
  }
}

function translateSheetJsError(error: unknown, fileName: string): WorkbookReadError {
  if (error instanceof WorkbookReadError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) return createReadError("encrypted", fileName, {}, { cause: error });
  if (
    /could not find workbook|unsupported zip file|cannot find workbook|unsupported numbers|not a spreadsheet/i.test(
      text,
    )
  )
    return createReadError(
      "not-a-workbook",
      fileName,
      { extension: readExtension(fileName) },
      { cause: error },
    );
  return createReadError("corrupted", fileName, {}, { cause: error });
}

function nameCsvSheet(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return (dot > 0 ? fileName.slice(0, dot) : fileName) || "Sheet1";
}

function readFormat(kind: ReaderKind, book: XLSX.WorkBook): WorkbookFormat {
  if (kind === "text") return "csv";
  if (kind === "ole") return "xls";
  if (kind === "markup") return "html";
  const bookType = (book as { bookType?: string }).bookType;
  return bookType === "ods" || bookType === "xlsb" ? bookType : "xlsx";
}

function summariseSheet(book: XLSX.WorkBook, name: string, index: number, fileName: string): SheetSummary {
  const hidden = (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
  const sheet = book.Sheets[name];
  // SheetJS catches a sheet part it cannot read (absent from the zip, or too big for a string) and leaves the sheet out.
  if (!sheet)
    return {
      name,
      hidden,
      rowCount: 0,
      columnCount: 0,
      merges: [],
      problem: describeReadFailure("sheet-missing", fileName, { sheetName: name }),
    };
  const { rowCount, columnCount } = measureSheet(sheet["!data"] ?? []);
  const summary: SheetSummary = {
    name,
    hidden,
    rowCount,
    columnCount,
    merges: (sheet["!merges"] ?? []).map(toMergedRange),
  };
  if (rowCount === 0) summary.problem = describeReadFailure("sheet-empty", fileName, { sheetName: name });
  else if (rowCount > MAX_ROWS)
    summary.problem = describeReadFailure("too-many-rows", fileName, { sheetName: name });
  else if (columnCount > MAX_COLUMNS)
    summary.problem = describeReadFailure("too-many-columns", fileName, {
      sheetName: name,
      columns: columnCount,
    });
  return summary;
}

/** Rows and columns up to the last cell that holds something; SheetJS's own range may count formatted blanks. */
function measureSheet(data: XLSX.CellObject[][]): { rowCount: number; columnCount: number } {
  let rowCount = 0;
  let columnCount = 0;
  data.forEach((row, r) => {
    for (let c = row.length - 1; c >= 0; c -= 1) {
      if (!holdsValue(row[c])) continue;
      rowCount = r + 1;
      columnCount = Math.max(columnCount, c + 1);
      break;
    }
  });
  return { rowCount, columnCount };
}

function holdsValue(cell: XLSX.CellObject | undefined): boolean {
  return cell !== undefined && cell.t !== "z" && !(cell.t === "s" && cell.v === "");
}

function toMergedRange(range: XLSX.Range): MergedRange {
  return { firstRow: range.s.r, firstColumn: range.s.c, lastRow: range.e.r, lastColumn: range.e.c };
}

/** Throws when no sheet can be read: the one sheet's own problem, or "no data" when every sheet is empty. */
function refuseUnreadableBook(summary: WorkbookRead): void {
  if (summary.sheets.some((sheet) => !sheet.problem)) return;
  const telling = summary.sheets.find((sheet) => sheet.problem?.code !== "sheet-empty")?.problem;
  throw telling ? new WorkbookReadError(telling) : createReadError("no-data", summary.fileName, {});
}

/**
 * Converts SheetJS cells to `Cell`. A number whose format shows a calendar
 * date becomes a date cell (keeping the 1904 flag, which the serial alone
 * cannot say); a time-only format stays a number with its format, since
 * "1:30:00" in a 学时 column is a duration, not a time of day.
 */
function createCellConverter(date1904: boolean): (cell: XLSX.CellObject | undefined) => Cell {
  const dateFormats = new Map<string, boolean>();
  const isDateFormat = (format: string): boolean => {
    let known = dateFormats.get(format);
    if (known === undefined) {
      known = numberFormats.is_date(format) && !isTimeFormat(format);
      dateFormats.set(format, known);
    }
    return known;
  };
  return (cell) => {
    if (cell === undefined) return emptyCell;
    switch (cell.t) {
      case "n": {
        const value = cell.v as number;
        const format = typeof cell.z === "string" && cell.z !== "General" ? cell.z : undefined;
        if (format === undefined) return { kind: "number", value };
        return isDateFormat(format)
          ? { kind: "date", serial: value, date1904 }
          : { kind: "number", value, format };
      }
      case "s":
        return cell.v === "" ? emptyCell : { kind: "text", value: String(cell.v) };
      case "b":
        return { kind: "bool", value: cell.v === true };
      case "e":
        return { kind: "error", code: errorCodes.get(cell.v as number) ?? "#ERROR!" };
      case "d":
        return { kind: "date", serial: ((cell.v as Date).getTime() - excelEpoch) / dayMs, date1904: false };
      case "z":
        return emptyCell;
    }
  };
}
