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

/** Stores an import and all its rows in one transaction; throws DuplicateImportError on a re-import. */
export async function commitImport(
  db: ZhipeiDatabase,
  input: NewImport,
  batch: RecordBatch,
  now = Date.now(),
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
    const existing = await db.imports
      .where("[cohortId+fileHash]")
      .equals([record.cohortId, record.fileHash])
      .first();
    if (existing) throw new DuplicateImportError(existing);
    const cohort = await db.cohorts.get(record.cohortId);
    if (!cohort) throw new Error(`找不到批次 ${record.cohortId}`);
    await db.imports.add(record);
    await db.rowChunks.bulkAdd(chunks);
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
