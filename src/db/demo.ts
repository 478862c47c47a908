/**
 * Storing a demo cohort: the cohort and one import per demo sheet, in one
 * transaction, as if staff had imported the sheets. Each import's fileHash is
 * made up from the demo's identity, so loading the same demo again makes a
 * second cohort rather than a refused re-import (hashes are per cohort).
 */
import { sha256Hex } from "../backup-file/sha256-hex.ts";
import type { DemoCohort } from "../core/demo/make-demo-cohort.ts";
import { splitBatch } from "../core/records/record-batch.ts";
import type { Cohort, ImportRecord, RowChunk } from "../core/workspace/workspace-schema.ts";
import type { ZhipeiDatabase } from "./database.ts";
import { CHUNK_ROWS } from "./imports.ts";

/** The demo to store and what to call it. */
export interface NewDemoCohort {
  programSlug: string;
  name: string;
  seed: number;
  demo: DemoCohort;
  /** Template id → the sheet's title and its fields' labels, for the import history and mapping. */
  sheets: ReadonlyMap<string, { title: string; fields: readonly { key: string; label: string }[] }>;
}

/** Creates the cohort with the demo's year and rule changes and stores its sheets, all or nothing. */
export async function storeDemoCohort(
  db: ZhipeiDatabase,
  input: NewDemoCohort,
  now = Date.now(),
): Promise<Cohort> {
  const { demo } = input;
  const cohortId = crypto.randomUUID();
  const imports: ImportRecord[] = [];
  const chunks: RowChunk[] = [];
  for (const [position, sheet] of demo.batches.entries()) {
    const template = input.sheets.get(sheet.templateId);
    const title = template?.title ?? sheet.templateId;
    const record: ImportRecord = {
      id: crypto.randomUUID(),
      cohortId,
      fileName: `示例：${title}.xlsx`,
      fileHash: await sha256Hex(`demo:${input.programSlug}:${input.seed}:${sheet.templateId}`),
      sheetName: title,
      recordKind: sheet.recordKind,
      // A millisecond apart, so the history lists the sheets in the program's order.
      importedAt: now + position,
      rowCount: sheet.batch.rowNumbers.length,
      skippedRows: 0,
      mapping: Object.fromEntries((template?.fields ?? []).map((f) => [f.label, f.key])),
    };
    imports.push(record);
    for (const [index, piece] of splitBatch(sheet.batch, CHUNK_ROWS).entries())
      chunks.push({ importId: record.id, cohortId, index, ...piece });
  }
  const cohort: Cohort = {
    id: cohortId,
    programSlug: input.programSlug,
    name: input.name,
    year: demo.year,
    ruleOverrides: { ...demo.ruleOverrides },
    createdAt: now,
    updatedAt: now,
    rowCount: imports.reduce((sum, r) => sum + r.rowCount, 0),
    lastImportAt: now,
  };
  await db.transaction("rw", [db.cohorts, db.imports, db.rowChunks], async () => {
    await db.cohorts.add(cohort);
    await db.imports.bulkAdd(imports);
    await db.rowChunks.bulkAdd(chunks);
  });
  return cohort;
}
