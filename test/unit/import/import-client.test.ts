import { describe, expect, it } from "vitest";
import { createImportClient, type ImportWorker } from "../../../src/import/import-client.ts";
import type { ImportReply } from "../../../src/import/import-protocol.ts";
import { createImportSession } from "../../../src/import/import-session.ts";
import { WorkbookReadError } from "../../../src/import/read-failure.ts";
import { readFixture } from "./fixture-files.ts";
import { showRows } from "./show-cells.ts";

/**
 * Workers that run the real session in this process: messages are
 * structured-cloned with their transfer list (so transferred bytes detach, as
 * in a browser) and delivered on later tasks; terminate() silences them.
 */
type FakeWorker = ImportWorker & { terminated: boolean };

function createWorkerFactory() {
  const workers: FakeWorker[] = [];
  const start = () => {
    const worker: FakeWorker = {
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message, transfer) {
        const copy = structuredClone(message, { transfer });
        setTimeout(() => {
          if (!worker.terminated) handle(copy);
        });
      },
      terminate() {
        worker.terminated = true;
      },
    };
    const handle = createImportSession((reply) => {
      const copy = structuredClone(reply);
      setTimeout(() => {
        if (!worker.terminated) worker.onmessage?.({ data: copy } as MessageEvent<ImportReply>);
      });
    });
    workers.push(worker);
    return worker;
  };
  return { start, workers };
}

function fixtureBuffer(name: string): ArrayBuffer {
  return readFixture(name).slice().buffer;
}

describe("the import client", () => {
  it("starts no worker until the first call, then reuses it", async () => {
    const factory = createWorkerFactory();
    const client = createImportClient(factory.start);
    expect(factory.workers).toHaveLength(0);
    await client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"));
    await client.readSheet("学员名单");
    expect(factory.workers).toHaveLength(1);
  });

  it("transfers the file's bytes to the worker instead of copying them", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const bytes = fixtureBuffer("title-rows.xlsx");
    const opening = client.open("title-rows.xlsx", bytes);
    expect(bytes.byteLength).toBe(0);
    await opening;
  });

  it("resolves with the sheet list, then with all rows of the chosen sheet", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const workbook = await client.open("hidden-sheet.xlsx", fixtureBuffer("hidden-sheet.xlsx"));
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ["学员", false],
      ["下拉选项", true],
    ]);
    const rows = await client.readSheet("下拉选项");
    expect(showRows(rows).map((row) => row[0])).toEqual([
      "市州",
      "武汉市",
      "黄石",
      "恩施州",
      "襄阳市",
      "神农架",
      "宜昌",
    ]);
  });

  it("reports progress while reading", async () => {
    const client = createImportClient(createWorkerFactory().start);
    const stages: string[] = [];
    await client.open("title-rows.xlsx", fixtureBuffer("title-rows.xlsx"), {
      onProgress: (progress) => stages.push(progress.stage),
    });
    await client.readSheet("学员名单", {
      onProgress: (progress) =>
        stages.push(progress.stage === "rows" ? `${progress.done}/${progress.total}` : ""),
    });
    expect(stages).toEqual(["parsing", "9/9"]);
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
