/**
 * The import worker's messages, one union per direction. Every request
 * carries an id that its replies repeat. The worker does the whole import
 * (read, map, validate, store), so a sheet's rows never cross to the page:
 * only the sheet list, the header proposal, the problems and the stored
 * import's record do. There is no abort message: SheetJS parses
 * synchronously, so nothing but terminating the worker stops a read (or an
 * uncommitted store), and the client does exactly that when its AbortSignal
 * fires.
 */
import type { RecordKind } from "../core/fields/field-schema.ts";
import type { ColumnBinding, RowProblem } from "../core/validation/build-batch.ts";
import type { ImportRecord } from "../core/workspace/workspace-schema.ts";
import type { TextEncodingName } from "./decode-text.ts";
import type { ReadFailure } from "./read-failure.ts";
import type { SheetLayout, TemplateFields } from "./sheet-layout.ts";
import type { WorkbookRead } from "./workbook-read.ts";

/** The confirmed reading of a sheet: where its data starts and which column is which field. */
export interface BuildPlan {
  /** The cohort the rows are for: they are checked against the rows it already holds. */
  cohortId: string;
  sheetName: string;
  /** What a row stands for: decides which repeated rows are problems. */
  recordKind: RecordKind;
  /** 0-based index of the first row after the header. */
  dataStart: number;
  bindings: ColumnBinding[];
}

/** What validating a sheet found, for the person to review before anything is stored. */
export interface BuildSummary {
  sheetName: string;
  /** Data rows read (rows with no bound value are not counted). */
  rowCount: number;
  /** Rows with at least one error: left out when the batch is stored. */
  badRowCount: number;
  problemCount: number;
  /** The first problems, in sheet order; the rest are only counted (a page of 100,000 would not help). */
  problems: RowProblem[];
  /** 1-based sheet rows left out below the data: totals (合计) rows. */
  totalsRows: number[];
}

/** Where and how to store the kept batch. */
export interface SaveRequest {
  cohortId: string;
  /** SHA-256 of the file, hex. */
  fileHash: string;
  recordKind: RecordKind;
  /** Column header → field key, as confirmed. */
  mapping: Record<string, string>;
}

/** Page → worker. */
export type ImportRequest =
  /** Reads a file's sheet list. `bytes` is transferred: the page's copy is detached. */
  | {
      type: "open";
      id: number;
      fileName: string;
      bytes: ArrayBuffer;
      encoding?: TextEncodingName | undefined;
    }
  /** Reads the open file again in another text encoding, when the person says the detected one is wrong. */
  | { type: "reopen"; id: number; encoding: TextEncodingName }
  /** Finds the header of one sheet and proposes a field per column, for each of the program's templates. */
  | { type: "inspect"; id: number; sheetName: string; templates: TemplateFields[] }
  /** Reads every row of the sheet, validates the bound columns and keeps the batch for "save". */
  | { type: "build"; id: number; plan: BuildPlan }
  /** Stores the kept batch, without its rows with errors, in IndexedDB in one transaction. */
  | { type: "save"; id: number; request: SaveRequest };

/** How far a request has got: parsing and validating cannot report partial progress; converting and storing can. */
export type ImportProgress =
  | { stage: "parsing"; fileBytes: number }
  | { stage: "rows"; done: number; total: number }
  | { stage: "validating"; rows: number }
  | { stage: "storing"; done: number; total: number };

/** Worker → page. */
export type ImportReply =
  | { type: "progress"; id: number; progress: ImportProgress }
  | { type: "opened"; id: number; workbook: WorkbookRead }
  | { type: "inspected"; id: number; layout: SheetLayout }
  | { type: "built"; id: number; summary: BuildSummary }
  | { type: "saved"; id: number; record: ImportRecord }
  | { type: "failed"; id: number; failure: ReadFailure };
