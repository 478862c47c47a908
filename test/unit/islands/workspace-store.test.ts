import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordBatch } from "../../../src/core/records/record-batch.ts";
import { openDatabase, type ZhipeiDatabase } from "../../../src/db/database.ts";
import { commitImport } from "../../../src/db/imports.ts";
import { createWorkspaceStore } from "../../../src/islands/workspace-store.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const rows: RecordBatch = { fields: ["name"], rowNumbers: [2, 3], columns: [["张三", "李四"]] };

function importInto(cohortId: string, fileHash: string) {
  return commitImport(
    db,
    {
      cohortId,
      fileName: "名单.xlsx",
      fileHash,
      sheetName: "Sheet1",
      recordKind: "trainee",
      skippedRows: 0,
      mapping: {},
    },
    rows,
  );
}

describe("the workspace store", () => {
  it("lists a new cohort, and the imports of the chosen one as they are stored", async () => {
    const store = createWorkspaceStore(db);
    const stop = store.start();
    const cohort = await store.addCohort({ programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    await vi.waitFor(() => expect(store.cohorts.value?.map((c) => c.name)).toEqual(["一期"]));
    store.select(cohort!.id);
    await importInto(cohort!.id, "a".repeat(64));
    await vi.waitFor(() => expect(store.imports.value.map((r) => r.rowCount)).toEqual([2]));
    expect(store.selected.value?.rowCount).toBe(2);
    stop();
  });

  it("undoes an import and the lists follow", async () => {
    const store = createWorkspaceStore(db);
    const stop = store.start();
    const cohort = await store.addCohort({ programSlug: "gd-ipo-2021", name: "一期", year: 2021 });
    store.select(cohort!.id);
    const record = await importInto(cohort!.id, "b".repeat(64));
    await vi.waitFor(() => expect(store.imports.value).toHaveLength(1));
    await store.undo(record.id);
    await vi.waitFor(() => expect(store.imports.value).toEqual([]));
    expect(store.selected.value?.rowCount).toBe(0);
    stop();
  });

  it("asks for persistent storage once, after the first import, and keeps the answer", async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    const storage = {
      persist,
      persisted: () => Promise.resolve(false),
      estimate: () => Promise.resolve({ usage: 1, quota: 2 }),
    };
    vi.stubGlobal("navigator", { storage });
    const store = createWorkspaceStore(db);
    await store.afterImport();
    await store.afterImport();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store.persistence.value).toEqual({ asked: true, granted: false });
    expect(store.storage.value).toEqual({ persisted: false, usageBytes: 1, quotaBytes: 2 });
  });

  it("says a full disk in plain words", async () => {
    const store = createWorkspaceStore(db);
    vi.spyOn(db.imports, "get").mockRejectedValue(
      Object.assign(new Error("quota"), { name: "QuotaExceededError" }),
    );
    await store.undo("some-import");
    expect(store.error.value).toMatchInlineSnapshot(
      `"浏览器分配给本站的存储空间已满，本次操作未保存任何数据。请先导出备份并删除不再需要的批次，或在浏览器设置中为本站释放空间后重试。"`,
    );
  });
});
