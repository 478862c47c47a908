import { describe, expect, it } from "vitest";
import type { WorkbookReply, WorkbookRequest } from "../../../../src/export/workbook-protocol.ts";
import { writeInWorker, type WorkbookWorker } from "../../../../src/islands/export/workbook-client.ts";

const sheet = { name: "结果", table: { header: ["姓名"], rows: [["张三"]], pointColumns: [] } };

/** A worker that answers each request with `answer`, or fails to start; it records what happened to it. */
function fakeWorker(answer: (request: WorkbookRequest) => WorkbookReply | "crash") {
  const log: string[] = [];
  const worker: WorkbookWorker = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      log.push(`post ${request.format}`);
      const reply = answer(request);
      queueMicrotask(() => {
        if (reply === "crash") worker.onerror?.({ message: "" } as ErrorEvent);
        else worker.onmessage?.({ data: reply } as MessageEvent<WorkbookReply>);
      });
    },
    terminate: () => log.push("terminate"),
  };
  return { start: () => worker, log };
}

describe("writeInWorker", () => {
  it("resolves with the worker's bytes and ends the worker", async () => {
    const { start, log } = fakeWorker(() => ({ ok: true, bytes: new Uint8Array([1, 2]) }));
    expect(await writeInWorker(sheet, "csv", start)).toEqual(new Uint8Array([1, 2]));
    expect(log).toEqual(["post csv", "terminate"]);
  });

  it("rejects with the worker's reason, and says so when the worker could not start", async () => {
    await expect(
      writeInWorker(sheet, "xlsx", fakeWorker(() => ({ ok: false, message: "内存不足" })).start),
    ).rejects.toThrow("内存不足");
    const crashed = fakeWorker(() => "crash");
    await expect(writeInWorker(sheet, "xlsx", crashed.start)).rejects.toThrow("导出程序未能启动");
    expect(crashed.log).toEqual(["post xlsx", "terminate"]);
  });
});
