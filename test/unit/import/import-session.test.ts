import { describe, expect, it, vi } from "vitest";
import type { ImportReply, ImportRequest } from "../../../src/import/import-protocol.ts";
import { ROWS_PER_PIECE } from "../../../src/import/import-limits.ts";
import { createImportSession } from "../../../src/import/import-session.ts";
import { readFixture } from "./fixture-files.ts";

function startSession() {
  const replies: ImportReply[] = [];
  const handle = createImportSession((reply) => replies.push(reply));
  const send = (request: ImportRequest) => {
    replies.length = 0;
    handle(request);
    return replies;
  };
  return { send };
}

function asBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** What a reply says, without the rows themselves. */
function outline(reply: ImportReply): string {
  switch (reply.type) {
    case "progress":
      return reply.progress.stage === "rows"
        ? `progress ${reply.progress.done}/${reply.progress.total}`
        : "progress parsing";
    case "rows":
      return `rows from ${reply.firstRow} (${reply.rows.length})`;
    case "sheet-read":
      return `sheet-read ${reply.rowCount}`;
    case "opened":
      return `opened ${reply.workbook.sheets.map((sheet) => sheet.name).join(",")}`;
    case "failed":
      return `failed ${reply.failure.code}`;
  }
}

describe("the import session", () => {
  it("answers an open with parsing progress, then the sheet list", () => {
    const { send } = startSession();
    const bytes = asBuffer(readFixture("hidden-sheet.xlsx"));
    expect(send({ type: "open", id: 1, fileName: "hidden-sheet.xlsx", bytes }).map(outline)).toEqual([
      "progress parsing",
      "opened 学员,下拉选项",
    ]);
  });

  it("sends a sheet's rows in pieces, with progress after each", () => {
    const { send } = startSession();
    const rowCount = 2 * ROWS_PER_PIECE + 1;
    const text = "序号\n" + Array.from({ length: rowCount - 1 }, (_, i) => i + 1).join("\n");
    send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(new TextEncoder().encode(text)) });
    expect(send({ type: "read-sheet", id: 2, sheetName: "名单" }).map(outline)).toEqual([
      `rows from 0 (${ROWS_PER_PIECE})`,
      `progress ${ROWS_PER_PIECE}/${rowCount}`,
      `rows from ${ROWS_PER_PIECE} (${ROWS_PER_PIECE})`,
      `progress ${2 * ROWS_PER_PIECE}/${rowCount}`,
      `rows from ${2 * ROWS_PER_PIECE} (1)`,
      `progress ${rowCount}/${rowCount}`,
      `sheet-read ${rowCount}`,
    ]);
  });

  it("answers a file that cannot be read with one failed reply carrying the message", () => {
    const { send } = startSession();
    const replies = send({ type: "open", id: 7, fileName: "empty.xlsx", bytes: new ArrayBuffer(0) });
    expect(replies.at(-1)).toEqual({
      type: "failed",
      id: 7,
      failure: { code: "empty-file", message: "文件「empty.xlsx」是空的（0 字节），请确认选对了文件。" },
    });
  });

  it("reads the open file again in the encoding the person picks", () => {
    const { send } = startSession();
    send({ type: "open", id: 1, fileName: "gbk.csv", bytes: asBuffer(readFixture("gbk.csv")) });
    const reopened = send({ type: "reopen", id: 2, encoding: "utf-8" }).at(-1);
    expect(reopened?.type === "opened" && reopened.workbook.encoding).toEqual({
      name: "utf-8",
      source: "chosen",
    });
  });

  it("fails a read sent before any open with the plain message for an unexpected error", () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { send } = startSession();
    expect(send({ type: "read-sheet", id: 3, sheetName: "Sheet1" }).map(outline)).toEqual([
      "failed worker-failed",
    ]);
    quiet.mockRestore();
  });
});
