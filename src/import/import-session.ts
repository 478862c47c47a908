/**
 * What the import worker does with each request, apart from the worker
 * plumbing, so it runs the same in a worker and in a Node test. The session
 * keeps one open file and, once validated, its batch: a new "open" replaces
 * both, and a stored file is closed, so it cannot be stored twice.
 */
import type { Cell } from "../core/cells/cell.ts";
import { findDataEnd } from "../core/mapping/find-data-end.ts";
import type { RecordBatch } from "../core/records/record-batch.ts";
import { buildBatch, type BuiltBatch, type RowProblem } from "../core/validation/build-batch.ts";
import { checkAgainstStored, type KindedBatch } from "../core/validation/check-against-stored.ts";
import { labelColumns } from "../core/validation/column-labels.ts";
import type { ImportRecord } from "../core/workspace/workspace-schema.ts";
import type { ChunkProgress, NewImport } from "../db/imports.ts";
import { describeStorageError } from "../db/storage-errors.ts";
import type { TextEncodingName } from "./decode-text.ts";
import type { BuildPlan, BuildSummary, ImportReply, ImportRequest, SaveRequest } from "./import-protocol.ts";
import { MAX_SHOWN_PROBLEMS, ROWS_PER_PROGRESS } from "./import-limits.ts";
import { describeReadFailure, WorkbookReadError, type ReadFailure } from "./read-failure.ts";
import { openWorkbook, readSheetPieces, type OpenedWorkbook } from "./read-workbook.ts";
import { INSPECTED_ROWS, inspectSheet, type TemplateFields } from "./sheet-layout.ts";
import { skipRows } from "./skip-rows.ts";

/** Stores a validated import: the db's commitImport in the worker, a fake in tests. */
export type SaveImport = (
  input: NewImport,
  batch: RecordBatch,
  onProgress: ChunkProgress,
) => Promise<ImportRecord>;

/** The session's way to the database: the db module in the worker, fakes in tests. */
export interface ImportStorage {
  save: SaveImport;
  /** Every import the cohort holds, with its rows, to check new rows against. */
  loadStored(cohortId: string): Promise<KindedBatch[]>;
}

interface OpenFile {
  fileName: string;
  bytes: Uint8Array;
  opened: OpenedWorkbook;
  built?: { sheetName: string; result: BuiltBatch } | undefined;
}

type Post = (reply: ImportReply) => void;

/**
 * A handler for requests that answers through `post`; every request ends in exactly one final or
 * "failed" reply. Only "build" and "save" wait for the database, so every other request is answered
 * before the handler returns.
 */
export function createImportSession(
  post: Post,
  storage: ImportStorage,
): (request: ImportRequest) => Promise<void> {
  let current: OpenFile | undefined;
  return async (request) => {
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
        case "inspect":
          post({
            type: "inspected",
            id: request.id,
            layout: inspect(requireOpen(current).opened, request.sheetName, request.templates),
          });
          break;
        case "build": {
          const file = requireOpen(current);
          file.built = undefined;
          const result = build(request.id, file, request.plan, post);
          const warnings = await checkStored(file, request.plan, result.built, storage);
          file.built = { sheetName: request.plan.sheetName, result: result.built };
          post({
            type: "built",
            id: request.id,
            summary: summarize(request.plan.sheetName, result, warnings),
          });
          break;
        }
        case "save": {
          const file = requireOpen(current);
          const record = await store(request.id, file, request.request, storage.save, post);
          // The file is done with: its workbook (hundreds of MB for a large sheet) can be reclaimed.
          current = undefined;
          post({ type: "saved", id: request.id, record });
          break;
        }
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
  post: Post,
): OpenFile {
  post({ type: "progress", id, progress: { stage: "parsing", fileBytes: bytes.length } });
  return { fileName, bytes, opened: openWorkbook(bytes, fileName, { encoding }) };
}

function inspect(opened: OpenedWorkbook, sheetName: string, templates: TemplateFields[]) {
  const first = readSheetPieces(opened, sheetName, INSPECTED_ROWS).next();
  const rows = first.done === true ? [] : first.value.rows;
  const merges = opened.summary.sheets.find((s) => s.name === sheetName)?.merges ?? [];
  return inspectSheet(sheetName, rows, merges, templates);
}

function build(
  id: number,
  file: OpenFile,
  plan: BuildPlan,
  post: Post,
): { built: BuiltBatch; totalsRows: number[] } {
  const { sheetName } = plan;
  const total = file.opened.summary.sheets.find((s) => s.name === sheetName)?.rowCount ?? 0;
  const rows: Cell[][] = [];
  for (const piece of readSheetPieces(file.opened, sheetName, ROWS_PER_PROGRESS)) {
    for (const row of piece.rows) rows.push(row);
    post({ type: "progress", id, progress: { stage: "rows", done: rows.length, total } });
  }
  const { dataEnd, totalsRows } = findDataEnd(rows, plan.dataStart);
  post({ type: "progress", id, progress: { stage: "validating", rows: dataEnd - plan.dataStart } });
  const built = buildBatch({
    fileName: file.fileName,
    sheetName,
    rows,
    firstDataRow: plan.dataStart,
    endRow: dataEnd,
    bindings: plan.bindings,
    recordKind: plan.recordKind,
  });
  return { built, totalsRows: totalsRows.map((r) => r + 1) };
}

// The rows that will be stored (not those with errors) against what the cohort already holds.
async function checkStored(
  file: OpenFile,
  plan: BuildPlan,
  built: BuiltBatch,
  storage: ImportStorage,
): Promise<RowProblem[]> {
  const stored = await storage.loadStored(plan.cohortId);
  if (stored.length === 0) return [];
  const incoming = {
    fileName: file.fileName,
    sheetName: plan.sheetName,
    batch: skipRows(built.batch, built.badRows),
    recordKind: plan.recordKind,
  };
  return checkAgainstStored(incoming, labelColumns(plan.bindings), stored);
}

function summarize(
  sheetName: string,
  { built, totalsRows }: { built: BuiltBatch; totalsRows: number[] },
  warnings: RowProblem[],
): BuildSummary {
  // In sheet order, so the table reads down the sheet; the sort is stable, keeping each row's own order.
  const problems = [...built.problems, ...warnings].sort((a, b) => a.row - b.row);
  return {
    sheetName,
    rowCount: built.batch.rowNumbers.length,
    badRowCount: built.badRows.length,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_SHOWN_PROBLEMS),
    totalsRows,
  };
}

async function store(id: number, file: OpenFile, request: SaveRequest, save: SaveImport, post: Post) {
  const built = file.built;
  if (!built) throw new Error("import session: nothing validated to save");
  const { badRows, batch } = built.result;
  const input: NewImport = {
    cohortId: request.cohortId,
    fileName: file.fileName,
    fileHash: request.fileHash,
    sheetName: built.sheetName,
    recordKind: request.recordKind,
    skippedRows: badRows.length,
    mapping: request.mapping,
  };
  try {
    return await save(input, skipRows(batch, badRows), (done, total) =>
      post({ type: "progress", id, progress: { stage: "storing", done, total } }),
    );
  } catch (error) {
    throw new WorkbookReadError(
      describeReadFailure("not-saved", file.fileName, { reason: describeStorageError(error) }),
    );
  }
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
