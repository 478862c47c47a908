import { describe, expect, it, vi } from "vitest";
import type { RecordBatch } from "../../../src/core/records/record-batch.ts";
import type { ImportRecord } from "../../../src/core/workspace/workspace-schema.ts";
import { DuplicateImportError, type NewImport } from "../../../src/db/imports.ts";
import type { KindedBatch } from "../../../src/core/validation/check-against-stored.ts";
import type { BuildPlan, ImportReply, ImportRequest } from "../../../src/import/import-protocol.ts";
import { ROWS_PER_PROGRESS } from "../../../src/import/import-limits.ts";
import { createImportSession, type SaveImport } from "../../../src/import/import-session.ts";
import type { TemplateFields } from "../../../src/import/sheet-layout.ts";
import { loadPrograms } from "../helpers/load-programs.ts";
import { readFixture } from "./fixture-files.ts";

const templates: TemplateFields[] = loadPrograms().get("hb-bxwq-2023")!.data.templates;
const trainees = templates.find((t) => t.id === "trainees")!;

interface Saved {
  input: NewImport;
  batch: RecordBatch;
}

function startSession(save?: SaveImport, stored: KindedBatch[] = []) {
  const replies: ImportReply[] = [];
  const saved: Saved[] = [];
  const handle = createImportSession((reply) => replies.push(reply), {
    loadStored: () => Promise.resolve(stored),
    save:
      save ??
      ((input, batch, onProgress) => {
        saved.push({ input, batch });
        onProgress(1, 1);
        const record: ImportRecord = {
          ...input,
          id: "import-1",
          importedAt: 0,
          rowCount: batch.rowNumbers.length,
        };
        return Promise.resolve(record);
      }),
  });
  const send = async (request: ImportRequest) => {
    replies.length = 0;
    await handle(request);
    return [...replies];
  };
  return { send, saved };
}

function asBuffer(bytes: Uint8Array | string): ArrayBuffer {
  return (typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes).slice().buffer;
}

/** What a reply says, in a word or two. */
function outline(reply: ImportReply): string {
  switch (reply.type) {
    case "progress": {
      const p = reply.progress;
      if (p.stage === "rows" || p.stage === "storing") return `progress ${p.stage} ${p.done}/${p.total}`;
      return p.stage === "validating" ? `progress validating ${p.rows}` : "progress parsing";
    }
    case "opened":
      return `opened ${reply.workbook.sheets.map((sheet) => sheet.name).join(",")}`;
    case "inspected":
      return `inspected ${reply.layout.sheetName}`;
    case "built":
      return `built ${reply.summary.rowCount}`;
    case "saved":
      return `saved ${reply.record.rowCount}`;
    case "failed":
      return `failed ${reply.failure.code}`;
  }
}

/** The plan a person confirms when they accept the proposal for the trainee template. */
async function planFor(
  send: (r: ImportRequest) => Promise<ImportReply[]>,
  sheetName: string,
): Promise<BuildPlan> {
  const [reply] = await send({ type: "inspect", id: 2, sheetName, templates });
  if (reply?.type !== "inspected" || !reply.layout.header) throw new Error("expected a header");
  const mapping = reply.layout.proposals.find((p) => p.templateId === "trainees")!.mapping;
  return {
    cohortId: "c1",
    sheetName,
    recordKind: "trainee",
    dataStart: reply.layout.header.dataStart,
    bindings: mapping.columns.flatMap((c) => {
      const field = trainees.fields.find((f) => f.key === c.fieldKey);
      return field ? [{ column: c.column, field, header: c.header }] : [];
    }),
  };
}

const traineeCsv = [
  "姓名,身份证号,手机号码,工作单位,所在市州,考试成绩",
  "张三,420102199003011002,13812345670,武汉光谷专利事务所,武汉市,85",
  "李四,420102199003011003,13812345671,黄石华新知识产权有限公司,黄石,90",
  "王五,420102199003021016,13812345672,宜昌三峡科技有限公司,宜昌,77",
].join("\n");

describe("the import session", () => {
  it("answers an open with parsing progress, then the sheet list", async () => {
    const { send } = startSession();
    const bytes = asBuffer(readFixture("hidden-sheet.xlsx"));
    expect((await send({ type: "open", id: 1, fileName: "hidden-sheet.xlsx", bytes })).map(outline)).toEqual([
      "progress parsing",
      "opened 学员,下拉选项",
    ]);
  });

  it("finds the header below title rows and proposes the trainee template", async () => {
    const { send } = startSession();
    await send({ type: "open", id: 1, fileName: "t.xlsx", bytes: asBuffer(readFixture("title-rows.xlsx")) });
    const [reply] = await send({ type: "inspect", id: 2, sheetName: "学员名单", templates });
    if (reply?.type !== "inspected") throw new Error(outline(reply!));
    expect(reply.layout.header?.headerRow).toBe(3);
    expect(reply.layout.suggestedTemplateId).toBe("trainees");
    expect(reply.layout.samples[0]?.slice(0, 1)).toEqual(["张三"]);
  });

  it("reads, validates and reports rows with progress, leaving out a totals row", async () => {
    const { send } = startSession();
    await send({ type: "open", id: 1, fileName: "t.xlsx", bytes: asBuffer(readFixture("totals-row.xlsx")) });
    const plan = await planFor(send, "Sheet1");
    const replies = await send({ type: "build", id: 3, plan });
    expect(replies.map(outline)).toEqual(["progress rows 6/6", "progress validating 4", "built 4"]);
    expect(replies.at(-1)).toMatchObject({ summary: { totalsRows: [6], problemCount: 0, badRowCount: 0 } });
  });

  it("reports progress every few thousand rows while reading a long sheet", async () => {
    const { send } = startSession();
    const rows = Array.from({ length: ROWS_PER_PROGRESS + 1 }, (_, i) => `学员${i},单位,武汉`);
    await send({
      type: "open",
      id: 1,
      fileName: "长.csv",
      bytes: asBuffer(["姓名,工作单位,所在市州", ...rows].join("\n")),
    });
    const replies = await send({ type: "build", id: 3, plan: await planFor(send, "长") });
    expect(
      replies
        .filter((r) => r.type === "progress")
        .map(outline)
        .slice(0, 2),
    ).toEqual([
      `progress rows ${ROWS_PER_PROGRESS}/${ROWS_PER_PROGRESS + 2}`,
      `progress rows ${ROWS_PER_PROGRESS + 2}/${ROWS_PER_PROGRESS + 2}`,
    ]);
  });

  it("names the file, sheet, row and column of each problem", async () => {
    const { send } = startSession();
    const csv = traineeCsv.replace("420102199003011003", "420102199003011004");
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(csv) });
    const built = (await send({ type: "build", id: 3, plan: await planFor(send, "名单") })).at(-1);
    expect(built?.type === "built" && built.summary.problems).toEqual([
      expect.objectContaining({
        fileName: "名单.csv",
        sheetName: "名单",
        row: 3,
        column: "B",
        header: "身份证号",
      }),
    ]);
  });

  it("warns about a row whose person is already stored with another value", async () => {
    const stored: KindedBatch = {
      fileName: "上次.xlsx",
      sheetName: "Sheet1",
      recordKind: "trainee",
      batch: {
        fields: ["name", "idNumber", "employer", "region"],
        rowNumbers: [2],
        columns: [["张三"], ["420102199003011002"], ["另一家单位"], ["武汉"]],
      },
    };
    const { send } = startSession(undefined, [stored]);
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(traineeCsv) });
    const built = (await send({ type: "build", id: 3, plan: await planFor(send, "名单") })).at(-1);
    const warnings =
      built?.type === "built" ? built.summary.problems.filter((p) => p.severity === "warning") : [];
    expect(warnings.map((p) => [p.row, p.column, p.header])).toEqual([[2, "D", "工作单位"]]);
  });

  it("stores the validated rows without the ones with errors, reporting each stored chunk", async () => {
    const { send, saved } = startSession();
    const csv = traineeCsv.replace("420102199003011003", "420102199003011004");
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(csv) });
    await send({ type: "build", id: 3, plan: await planFor(send, "名单") });
    const request = { cohortId: "c1", fileHash: "a".repeat(64), recordKind: "trainee" as const, mapping: {} };
    expect((await send({ type: "save", id: 4, request })).map(outline)).toEqual([
      "progress storing 1/1",
      "saved 2",
    ]);
    expect(saved[0]?.batch.rowNumbers).toEqual([2, 4]);
    expect(saved[0]?.input).toMatchObject({ fileName: "名单.csv", sheetName: "名单", skippedRows: 1 });
  });

  it("refuses to store the same validated batch twice", async () => {
    const { send } = startSession();
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(traineeCsv) });
    await send({ type: "build", id: 3, plan: await planFor(send, "名单") });
    const request = { cohortId: "c1", fileHash: "a".repeat(64), recordKind: "trainee" as const, mapping: {} };
    await send({ type: "save", id: 4, request });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await send({ type: "save", id: 5, request })).map(outline)).toEqual(["failed worker-failed"]);
    quiet.mockRestore();
  });

  it("answers a failed save with the storage message", async () => {
    const existing = { fileName: "名单.csv", importedAt: Date.UTC(2026, 0, 2, 3, 4, 5) } as ImportRecord;
    const { send } = startSession(() => Promise.reject(new DuplicateImportError(existing)));
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(traineeCsv) });
    await send({ type: "build", id: 3, plan: await planFor(send, "名单") });
    const request = { cohortId: "c1", fileHash: "a".repeat(64), recordKind: "trainee" as const, mapping: {} };
    const [reply] = await send({ type: "save", id: 4, request });
    expect(reply?.type === "failed" && reply.failure.code).toBe("not-saved");
    expect(reply?.type === "failed" && reply.failure.message).toMatch(
      /^文件「名单.csv」已于 .* 导入过本批次$/,
    );
  });

  it("says a full disk in plain words, with what to do", async () => {
    const quota = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    const { send } = startSession(() => Promise.reject(quota));
    await send({ type: "open", id: 1, fileName: "名单.csv", bytes: asBuffer(traineeCsv) });
    await send({ type: "build", id: 3, plan: await planFor(send, "名单") });
    const request = { cohortId: "c1", fileHash: "a".repeat(64), recordKind: "trainee" as const, mapping: {} };
    const [reply] = await send({ type: "save", id: 4, request });
    expect(reply?.type === "failed" && reply.failure.message).toMatchInlineSnapshot(
      `"浏览器分配给本站的存储空间已满，本次导入未保存任何数据。请先导出备份并删除不再需要的批次，或在浏览器设置中为本站释放空间后重试。"`,
    );
  });

  it("answers a file that cannot be read with one failed reply carrying the message", async () => {
    const { send } = startSession();
    const replies = await send({ type: "open", id: 7, fileName: "empty.xlsx", bytes: new ArrayBuffer(0) });
    expect(replies.at(-1)).toEqual({
      type: "failed",
      id: 7,
      failure: { code: "empty-file", message: "文件「empty.xlsx」是空的（0 字节），请确认选对了文件。" },
    });
  });

  it("reads the open file again in the encoding the person picks", async () => {
    const { send } = startSession();
    await send({ type: "open", id: 1, fileName: "gbk.csv", bytes: asBuffer(readFixture("gbk.csv")) });
    const reopened = (await send({ type: "reopen", id: 2, encoding: "utf-8" })).at(-1);
    expect(reopened?.type === "opened" && reopened.workbook.encoding).toEqual({
      name: "utf-8",
      source: "chosen",
    });
  });

  it("fails a request sent before any open with the plain message for an unexpected error", async () => {
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { send } = startSession();
    expect((await send({ type: "inspect", id: 3, sheetName: "Sheet1", templates })).map(outline)).toEqual([
      "failed worker-failed",
    ]);
    quiet.mockRestore();
  });
});
