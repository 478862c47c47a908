/**
 * What the import worker does with each request, apart from the worker
 * plumbing, so it runs the same in a worker and in a Node test. The session
 * keeps one open file: a new "open" replaces it.
 */
import type { TextEncodingName } from "./decode-text.ts";
import type { ImportReply, ImportRequest } from "./import-protocol.ts";
import { ROWS_PER_PIECE } from "./import-limits.ts";
import { describeReadFailure, WorkbookReadError, type ReadFailure } from "./read-failure.ts";
import { openWorkbook, readSheetPieces, type OpenedWorkbook } from "./read-workbook.ts";

interface OpenFile {
  fileName: string;
  bytes: Uint8Array;
  opened: OpenedWorkbook;
}

/** A handler for requests that answers through `post`; every request ends in exactly one final or "failed" reply. */
export function createImportSession(post: (reply: ImportReply) => void): (request: ImportRequest) => void {
  let current: OpenFile | undefined;
  return (request) => {
    const fileName = request.type === "open" ? request.fileName : (current?.fileName ?? "");
    try {
      switch (request.type) {
        case "open":
          // Dropped first, so the old workbook's memory can be reclaimed while the new one is parsed.
          current = undefined;
          current = openFile(
            request.id,
            request.fileName,
            new Uint8Array(request.bytes),
            request.encoding,
            post,
          );
          post({ type: "opened", id: request.id, workbook: current.opened.summary });
          break;
        case "reopen":
          current = openFile(request.id, fileName, requireOpen(current).bytes, request.encoding, post);
          post({ type: "opened", id: request.id, workbook: current.opened.summary });
          break;
        case "read-sheet":
          readSheet(request.id, requireOpen(current).opened, request.sheetName, post);
          break;
      }
    } catch (error) {
      post({ type: "failed", id: request.id, failure: toFailure(error, fileName) });
    }
  };
}

function openFile(
  id: number,
  fileName: string,
  bytes: Uint8Array,
  encoding: TextEncodingName | undefined,
  post: (reply: ImportReply) => void,
): OpenFile {
  post({ type: "progress", id, progress: { stage: "parsing", fileBytes: bytes.length } });
  return { fileName, bytes, opened: openWorkbook(bytes, fileName, { encoding }) };
}

function readSheet(
  id: number,
  opened: OpenedWorkbook,
  sheetName: string,
  post: (reply: ImportReply) => void,
): void {
  const total = opened.summary.sheets.find((sheet) => sheet.name === sheetName)?.rowCount ?? 0;
  let done = 0;
  for (const piece of readSheetPieces(opened, sheetName, ROWS_PER_PIECE)) {
    done += piece.rows.length;
    post({ type: "rows", id, firstRow: piece.firstRow, rows: piece.rows });
    post({ type: "progress", id, progress: { stage: "rows", done, total } });
  }
  post({ type: "sheet-read", id, rowCount: done });
}

function requireOpen(current: OpenFile | undefined): OpenFile {
  if (!current) throw new Error("import session: no file is open");
  return current;
}

function toFailure(error: unknown, fileName: string): ReadFailure {
  if (error instanceof WorkbookReadError) return error.failure;
  // Not a file problem but a bug or an exhausted worker: say so plainly, and keep the detail for developers.
  console.error(error);
  return describeReadFailure("worker-failed", fileName, {});
}
