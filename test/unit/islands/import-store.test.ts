import { describe, expect, it, vi } from "vitest";
import type { RecordBatch } from "../../../src/core/records/record-batch.ts";
import type { ImportRecord } from "../../../src/core/workspace/workspace-schema.ts";
import { mappingSignature } from "../../../src/db/mappings.ts";
import type { NewImport } from "../../../src/db/imports.ts";
import { createImportClient } from "../../../src/import/import-client.ts";
import { hashFile } from "../../../src/import/hash-file.ts";
import { MAX_FILE_BYTES } from "../../../src/import/import-limits.ts";
import { createImportStore, type ChosenFile, type ImportStep } from "../../../src/islands/import-store.ts";
import type { ImportStore } from "../../../src/islands/import-store.ts";
import { toWorkspaceProgram } from "../../../src/islands/workspace-program.ts";
import { loadPrograms } from "../helpers/load-programs.ts";
import { readFixture } from "../import/fixture-files.ts";
import { createWorkerFactory } from "../import/in-process-worker.ts";

const program = toWorkspaceProgram("hb-bxwq-2023", loadPrograms().get("hb-bxwq-2023")!.data);

/** A file the store can read, from a fixture or from text. */
function file(name: string, content?: string): ChosenFile {
  const bytes = content === undefined ? readFixture(name) : new TextEncoder().encode(content);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) };
}

function startStore(options: { refusals?: Map<string, string> } = {}) {
  const stored: { input: NewImport; batch: RecordBatch }[] = [];
  const remembered = new Map<string, Record<string, string>>();
  const factory = createWorkerFactory({
    loadStored: () => Promise.resolve([]),
    save: (input, batch, onProgress) => {
      stored.push({ input, batch });
      onProgress(1, 1);
      const record: ImportRecord = {
        ...input,
        id: `import-${stored.length}`,
        importedAt: 0,
        rowCount: batch.rowNumbers.length,
      };
      return Promise.resolve(record);
    },
  });
  const client = createImportClient(factory.start);
  const store = createImportStore({
    program,
    cohortId: "cohort-1",
    client,
    hashFile,
    checkReimport: (hash) => Promise.resolve(options.refusals?.get(hash)),
    recallMapping: (signature) => Promise.resolve(remembered.get(signature)),
    rememberMapping: (signature, mapping) => Promise.resolve(void remembered.set(signature, mapping)),
    mappingSignature,
  });
  return { store, stored, remembered, factory, client };
}

/** Resolves once the store reaches one of `steps`. */
async function reach(store: ImportStore, ...steps: ImportStep[]): Promise<void> {
  await vi.waitFor(() => expect(steps).toContain(store.step.value), { timeout: 5_000 });
}

/** The proposed field per column header. */
function showChoices(store: ImportStore): Record<string, string | null> {
  return Object.fromEntries(store.choices.value.map((c) => [c.header, c.fieldKey]));
}

const traineeCsv = [
  "姓名,身份证号,工作单位,所在市州,考试成绩",
  "张三,420102199003011002,武汉光谷专利事务所,武汉市,85",
  "李四,420102199003011004,黄石华新知识产权有限公司,黄石,90",
  "王五,420102199003021016,宜昌三峡科技有限公司,宜昌,77",
].join("\n");

describe("the import wizard's store", () => {
  it("takes a workbook with one sheet straight to the mapping, proposing the trainee template", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("title-rows.xlsx")]);
    await reach(store, "mapping");
    expect(store.templateId.value).toBe("trainees");
    expect(showChoices(store)).toEqual({
      姓名: "name",
      身份证号: "idNumber",
      手机号码: "phone",
      工作单位: "employer",
      所在市州: "region",
      学时: null,
      考试成绩: "exam",
    });
    expect(store.canConfirm.value).toBe(true);
  });

  it("waits for the person to pick a sheet when a workbook has two", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("hidden-sheet.xlsx")]);
    await reach(store, "sheets");
    await store.chooseSheet("学员");
    expect(store.step.value).toBe("mapping");
  });

  it("names a required field left without a column, and will not go on", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("title-rows.xlsx")]);
    await reach(store, "mapping");
    store.chooseField(0, null);
    expect(store.missing.value).toEqual(["姓名"]);
    expect(store.canConfirm.value).toBe(false);
  });

  it("names a field chosen for two columns, and will not go on", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("title-rows.xlsx")]);
    await reach(store, "mapping");
    store.chooseField(5, "exam");
    expect(store.duplicates.value).toEqual(["考试成绩"]);
    expect(store.canConfirm.value).toBe(false);
  });

  it("shows the problems found, then stores the rows without the bad ones", async () => {
    const { store, stored } = startStore();
    await store.chooseFiles([file("名单.csv", traineeCsv)]);
    await reach(store, "mapping");
    await store.confirmMapping();
    expect(store.summary.value).toMatchObject({ rowCount: 3, badRowCount: 1, problemCount: 1 });
    expect(store.summary.value?.problems.map((p) => [p.row, p.column])).toEqual([[3, "B"]]);
    await store.importRows();
    expect(store.step.value).toBe("done");
    expect(stored[0]?.batch.rowNumbers).toEqual([2, 4]);
    expect(store.saved.value.map((r) => [r.fileName, r.rowCount, r.skippedRows])).toEqual([
      ["名单.csv", 2, 1],
    ]);
  });

  it("refuses a file already imported into the cohort before reading it", async () => {
    const csv = file("名单.csv", traineeCsv);
    const hash = await hashFile(await csv.arrayBuffer());
    const { store, factory } = startStore({
      refusals: new Map([[hash, "文件「名单.csv」已于 2026/1/1 导入过本批次"]]),
    });
    await store.chooseFiles([csv]);
    expect(store.notices.value.map((n) => n.message)).toEqual(["文件「名单.csv」已于 2026/1/1 导入过本批次"]);
    expect(store.step.value).toBe("idle");
    expect(factory.workers.flatMap((w) => w.requests)).toEqual([]);
  });

  it("refuses a file over the size limit without reading its bytes", async () => {
    const { store } = startStore();
    const arrayBuffer = vi.fn(() => Promise.resolve(new ArrayBuffer(0)));
    await store.chooseFiles([{ name: "大.xlsx", size: MAX_FILE_BYTES + 1, arrayBuffer }]);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(store.notices.value[0]?.message).toMatchInlineSnapshot(
      `"文件「大.xlsx」有 50.1 MB，超过 50 MB 的上限。请删去无关的工作表，或拆成几个文件后分别导入。"`,
    );
  });

  it("notes a file that cannot be read and goes on with the next one", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("empty.xlsx"), file("title-rows.xlsx")]);
    await reach(store, "mapping");
    expect(store.fileName.value).toBe("title-rows.xlsx");
    expect(store.notices.value.map((n) => n.fileName)).toEqual(["empty.xlsx"]);
  });

  it("remembers the mapping once stored and recalls it for a file with the same headers", async () => {
    const { store, remembered } = startStore();
    await store.chooseFiles([file("title-rows.xlsx")]);
    await reach(store, "mapping");
    store.chooseField(6, null);
    expect(remembered.size).toBe(0);
    await store.confirmMapping();
    await store.importRows();
    await store.chooseFiles([file("biff8.xls")]);
    await reach(store, "mapping");
    expect(store.choices.value.map((c) => c.source)).toEqual(Array(7).fill("recalled"));
    expect(showChoices(store)["考试成绩"]).toBeNull();
  });

  it("stops the worker and goes back to choosing files when cancelled", async () => {
    const { store, factory } = startStore();
    const choosing = store.chooseFiles([file("title-rows.xlsx")]);
    await vi.waitFor(() => expect(factory.workers[0]?.requests).toContain("open"));
    store.cancel();
    await choosing;
    expect(store.step.value).toBe("idle");
    expect(store.notices.value).toEqual([]);
    expect(factory.workers[0]?.terminated).toBe(true);
  });

  it("reads a CSV again in the encoding the person picks", async () => {
    const { store } = startStore();
    await store.chooseFiles([file("gbk.csv")]);
    await reach(store, "mapping");
    expect(store.workbook.value?.encoding).toEqual({ name: "gb18030", source: "detected" });
    await store.changeEncoding("utf-8");
    expect(store.workbook.value?.encoding).toEqual({ name: "utf-8", source: "chosen" });
  });
});
