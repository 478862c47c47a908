import { describe, expect, it } from "vitest";
import { createImportClient } from "../../../src/import/import-client.ts";
import type { ImportProgress } from "../../../src/import/import-protocol.ts";
import { WorkbookReadError } from "../../../src/import/read-failure.ts";
import type { TemplateFields } from "../../../src/import/sheet-layout.ts";
import { loadPrograms } from "../helpers/load-programs.ts";
import { readFixture } from "./fixture-files.ts";
import { createWorkerFactory } from "./in-process-worker.ts";

const templates: TemplateFields[] = loadPrograms().get("hb-bxwq-2023")!.data.templates;

function fixtureBuffer(name: string): ArrayBuffer {
  return readFixture(name).slice().buffer;
}

describe("the import client", () => {
  it("starts no worker until the first call, then reuses it", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    expect(factory.workers).toHaveLength(0);
    await client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"));
    await client.inspect("学员名单", templates);
    expect(factory.workers).toHaveLength(1);
  });

  it("starts the worker early when asked, and the next call uses it", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    client.start();
    expect(factory.workers).toHaveLength(1);
    await client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"));
    expect(factory.workers.map((w) => w.requests)).toEqual([["open"]]);
  });

  it("transfers the file's bytes to the worker instead of copying them", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const bytes = fixtureBuffer("title-rows.xlsx");
    const opening = client.open("title-rows.xlsx", bytes);
    expect(bytes.byteLength).toBe(0);
    await opening;
  });

  it("resolves with the sheet list, then with the chosen sheet's header and proposals", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const workbook = await client.open("hidden-sheet.xlsx", fixtureBuffer("hidden-sheet.xlsx"));
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ["学员", false],
      ["下拉选项", true],
    ]);
    const layout = await client.inspect("学员", templates);
    expect(layout.header?.columns.map((c) => c.header)).toEqual([
      "姓名",
      "身份证号",
      "手机号码",
      "工作单位",
      "所在市州",
      "学时",
      "考试成绩",
    ]);
  });

  it("reports progress while reading and validating", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const stages: string[] = [];
    const onProgress = (progress: ImportProgress) =>
      stages.push(progress.stage === "rows" ? `${progress.done}/${progress.total}` : progress.stage);
    await client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"), { onProgress });
    const layout = await client.inspect("学员名单", templates);
    const field = templates.find((t) => t.id === "trainees")!.fields.find((f) => f.key === "name")!;
    await client.build(
      {
        cohortId: "c1",
        sheetName: "学员名单",
        recordKind: "trainee",
        dataStart: layout.header!.dataStart,
        bindings: [{ column: 0, field }],
      },
      { onProgress },
    );
    expect(stages).toEqual(["parsing", "9/9", "validating"]);
  });

  it("rejects with the Chinese message when the file cannot be read", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const opening = client.open("encrypted.xlsx", fixtureBuffer("encrypted.xlsx"));
    await expect(opening).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(opening).rejects.toThrow("文件「encrypted.xlsx」设有打开密码");
  });

  it("terminates the worker when aborted, and starts a fresh one for the next call", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    const controller = new AbortController();
    const opening = client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"), {
      signal: controller.signal,
    });
    controller.abort();
    await expect(opening).rejects.toThrow(/abort/i);
    expect(factory.workers[0]?.terminated).toBe(true);
    await client.open("gbk.csv", fixtureBuffer("gbk.csv"));
    expect(factory.workers).toHaveLength(2);
  });

  it("rejects at once, without starting a worker, when the signal was already aborted", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    await expect(
      client.open("gbk.csv", fixtureBuffer("gbk.csv"), { signal: AbortSignal.abort() }),
    ).rejects.toThrow(/abort/i);
    expect(factory.workers).toHaveLength(0);
  });

  it("fails every call in flight with a plain message when the worker dies", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    const opening = client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"));
    factory.workers[0]?.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
    await expect(opening).rejects.toThrowErrorMatchingInlineSnapshot(
      `[WorkbookReadError: 读取文件「title-rows.xlsx」时出错，可能是文件太大、内存不足。请关闭其他标签页后重试，或把文件拆小后再导入。]`,
    );
    expect(factory.workers[0]?.terminated).toBe(true);
  });
});
