import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type ZhipeiDatabase } from "../../../src/db/database.ts";
import { createCohort } from "../../../src/db/cohorts.ts";
import {
  CHUNK_ROWS,
  DuplicateImportError,
  commitImport,
  findImportByHash,
  loadCohortRows,
  undoImport,
  type NewImport,
} from "../../../src/db/imports.ts";
import type { RecordBatch } from "../../../src/core/records/record-batch.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function rows(n: number): RecordBatch {
  return {
    fields: ["name", "onlineHours"],
    rowNumbers: Array.from({ length: n }, (_, i) => i + 2),
    columns: [Array.from({ length: n }, (_, i) => `学员${i}`), Array.from({ length: n }, (_, i) => i % 30)],
  };
}

function describeImport(cohortId: string, fileHash = "a".repeat(64)): NewImport {
  return {
    cohortId,
    fileName: "学员.xlsx",
    fileHash,
    sheetName: "Sheet1",
    recordKind: "trainee",
    skippedRows: 0,
    mapping: { 姓名: "name", 线上学时: "onlineHours" },
  };
}

async function snapshot() {
  return {
    cohorts: await db.cohorts.toArray(),
    imports: await db.imports.toArray(),
    chunks: await db.rowChunks.count(),
  };
}

describe("committing an import", () => {
  it("stores every row in chunks and counts them on the cohort", async () => {
    const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "2021 第一期", year: 2021 });
    const n = CHUNK_ROWS * 2 + 7;
    await commitImport(db, describeImport(cohort.id), rows(n));
    expect(await db.rowChunks.count()).toBe(3);
    expect((await db.cohorts.get(cohort.id))?.rowCount).toBe(n);
    const [loaded] = await loadCohortRows(db, cohort.id);
    expect(loaded?.batch).toEqual(rows(n));
  });

  it("refuses the same file twice and leaves the first import alone", async () => {
    const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    await commitImport(db, describeImport(cohort.id), rows(10));
    const before = await snapshot();
    await expect(commitImport(db, describeImport(cohort.id), rows(10))).rejects.toBeInstanceOf(
      DuplicateImportError,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("leaves the database as before when a write fails half-way", async () => {
    const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    const before = await snapshot();
    let written = 0;
    db.rowChunks.hook("creating", () => {
      written += 1;
      if (written === 2) throw new Error("磁盘写入失败");
    });
    await expect(commitImport(db, describeImport(cohort.id), rows(CHUNK_ROWS * 3))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it("reports each stored chunk before the transaction commits", async () => {
    const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    const reports: string[] = [];
    await commitImport(db, describeImport(cohort.id), rows(CHUNK_ROWS * 2 + 1), Date.now(), (done, total) =>
      reports.push(`${done}/${total}`),
    );
    expect(reports).toEqual(["1/3", "2/3", "3/3"]);
  });

  it("finds an earlier import of the same file in the same cohort only", async () => {
    const first = await createCohort(db, { programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    const second = await createCohort(db, { programSlug: "gd-ipo-2021", name: "二期", year: 2021 });
    await commitImport(db, describeImport(first.id, "d".repeat(64)), rows(3));
    expect((await findImportByHash(db, first.id, "d".repeat(64)))?.rowCount).toBe(3);
    expect(await findImportByHash(db, second.id, "d".repeat(64))).toBeUndefined();
  });

  it("can be undone, taking its rows and its count away", async () => {
    const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    await commitImport(db, describeImport(cohort.id, "b".repeat(64)), rows(5));
    const second = await commitImport(db, describeImport(cohort.id, "c".repeat(64)), rows(CHUNK_ROWS + 1));
    await undoImport(db, second.id);
    expect((await db.cohorts.get(cohort.id))?.rowCount).toBe(5);
    expect(await db.rowChunks.count()).toBe(1);
    expect((await loadCohortRows(db, cohort.id)).map((l) => l.record.fileHash)).toEqual(["b".repeat(64)]);
  });
});
