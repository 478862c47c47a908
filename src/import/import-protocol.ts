/**
 * The import worker's messages, one union per direction. Every request
 * carries an id that its replies repeat. There is no abort message: SheetJS
 * parses synchronously, so nothing but terminating the worker stops a read,
 * and the client does exactly that when its AbortSignal fires.
 */
import type { Cell } from "../core/cells/cell.ts";
import type { TextEncodingName } from "./decode-text.ts";
import type { ReadFailure } from "./read-failure.ts";
import type { WorkbookRead } from "./workbook-read.ts";

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
  /** Reads one sheet of the open file; its rows come back in pieces. */
  | { type: "read-sheet"; id: number; sheetName: string };

/** How far a request has got: parsing cannot report partial progress, converting rows can. */
export type ReadProgress =
  { stage: "parsing"; fileBytes: number } | { stage: "rows"; done: number; total: number };

/** Worker → page. */
export type ImportReply =
  | { type: "progress"; id: number; progress: ReadProgress }
  | { type: "opened"; id: number; workbook: WorkbookRead }
  | { type: "rows"; id: number; firstRow: number; rows: Cell[][] }
  | { type: "sheet-read"; id: number; rowCount: number }
  | { type: "failed"; id: number; failure: ReadFailure };
