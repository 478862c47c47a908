/**
 * Import repository. An import commits in one transaction or not at all:
 * nothing but Dexie calls is awaited inside, and no error is caught inside,
 * so any failure aborts the whole transaction (a caught BulkError would keep
 * the rows written before it).
 */
import { joinBatches, splitBatch, type RecordBatch } from "../core/records/record-batch.ts";
import type { ImportRecord } from "../core/workspace/workspace-schema.ts";
import type { ZhipeiDatabase } from "./database.ts";

/** Rows per stored chunk: large enough that 100,000 rows are ~20 writes. */
export const CHUNK_ROWS = 5000;

/** Thrown when the same file (by hash) was already imported into the cohort. */
export class DuplicateImportError extends Error {
  readonly existing: ImportRecord;
  constructor(existing: ImportRecord) {
    super(
      `文件「${existing.fileName}」已于 ${new Date(existing.importedAt).toLocaleString("zh-CN")} 导入过本批次`,
    );
    this.name = "DuplicateImportError";
    this.existing = existing;
  }
}

/** The import's description; id, time and row count are set on commit. */
export type NewImport = Omit<ImportRecord, "id" | "importedAt" | "rowCount">;

/** Called after each stored chunk, inside the transaction: nothing is committed until the last one. */
export type ChunkProgress = (storedChunks: number, totalChunks: number) => void;

/**
 * Stores an import and all its rows in one transaction; throws DuplicateImportError on a re-import.
 * Chunks are written one request at a time so that each one's structured clone is its own short task.
 */
export async function commitImport(
  db: ZhipeiDatabase,
  input: NewImport,
  batch: RecordBatch,
  now = Date.now(),
  onProgress?: ChunkProgress,
): Promise<ImportRecord> {
  const record: ImportRecord = {
    ...input,
    id: crypto.randomUUID(),
    importedAt: now,
    rowCount: batch.rowNumbers.length,
  };
  const chunks = splitBatch(batch, CHUNK_ROWS).map((piece, index) => ({
    importId: record.id,
    cohortId: record.cohortId,
    index,
    ...piece,
  }));
  await db.transaction("rw", [db.cohorts, db.imports, db.rowChunks], async () => {
    const existing = await findImportByHash(db, record.cohortId, record.fileHash);
    if (existing) throw new DuplicateImportError(existing);
    const cohort = await db.cohorts.get(record.cohortId);
    if (!cohort) throw new Error(`找不到批次 ${record.cohortId}`);
    await db.imports.add(record);
    for (const [index, chunk] of chunks.entries()) {
      await db.rowChunks.add(chunk);
      onProgress?.(index + 1, chunks.length);
    }
    await db.cohorts.update(record.cohortId, {
      rowCount: cohort.rowCount + record.rowCount,
      lastImportAt: now,
      updatedAt: now,
    });
  });
  return record;
}

/** Removes one import and its rows, all or nothing. */
export async function undoImport(db: ZhipeiDatabase, importId: string, now = Date.now()): Promise<void> {
  await db.transaction("rw", [db.cohorts, db.imports, db.rowChunks], async () => {
    const record = await db.imports.get(importId);
    if (!record) throw new Error(`找不到导入记录 ${importId}`);
    const cohort = await db.cohorts.get(record.cohortId);
    await db.rowChunks.where("[importId+index]").between([importId, 0], [importId, Infinity]).delete();
    await db.imports.delete(importId);
    if (cohort)
      await db.cohorts.update(cohort.id, {
        rowCount: Math.max(0, cohort.rowCount - record.rowCount),
        updatedAt: now,
      });
  });
}

/** The cohort's earlier import of the file with this SHA-256, if any: a re-import is refused before it is read. */
export async function findImportByHash(
  db: ZhipeiDatabase,
  cohortId: string,
  fileHash: string,
): Promise<ImportRecord | undefined> {
  return db.imports.where("[cohortId+fileHash]").equals([cohortId, fileHash]).first();
}

/** The cohort's imports, oldest first. */
export async function listImports(db: ZhipeiDatabase, cohortId: string): Promise<ImportRecord[]> {
  const records = await db.imports.where("cohortId").equals(cohortId).toArray();
  return records.sort((a, b) => a.importedAt - b.importedAt);
}

/** Every import of the cohort with its rows joined back into one batch, oldest first. */
export async function loadCohortRows(
  db: ZhipeiDatabase,
  cohortId: string,
): Promise<{ record: ImportRecord; batch: RecordBatch }[]> {
  return db.transaction("r", [db.imports, db.rowChunks], async () => {
    const records = await listImports(db, cohortId);
    const chunks = await db.rowChunks.where("cohortId").equals(cohortId).toArray();
    return records.map((record) => ({
      record,
      batch: joinBatches(chunks.filter((c) => c.importId === record.id).sort((a, b) => a.index - b.index)),
    }));
  });
}
