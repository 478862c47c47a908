import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../../src/backup-file/sha256-hex.ts";
import { BackupError } from "../../../../src/core/backup/backup-error.ts";
import type { WorkspaceTables } from "../../../../src/core/backup/backup-schema.ts";
import { checkBackup } from "../../../../src/core/backup/check-backup.ts";
import { writeBackupText } from "../../../../src/core/backup/write-backup.ts";

const tables: WorkspaceTables = {
  cohorts: [
    {
      id: "c1",
      programSlug: "gd-ipo-2021",
      name: "2021 第一期",
      year: 2021,
      ruleOverrides: { "/components/0/max": 40 },
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      rowCount: 2,
      lastImportAt: 1_700_000_100_000,
    },
  ],
  imports: [
    {
      id: "i1",
      cohortId: "c1",
      fileName: "学员.xlsx",
      fileHash: "a".repeat(64),
      sheetName: "Sheet1",
      recordKind: "trainee",
      importedAt: 1_700_000_100_000,
      rowCount: 2,
      skippedRows: 0,
      mapping: { 姓名: "name", 线上学时: "onlineHours" },
    },
  ],
  rowChunks: [
    {
      importId: "i1",
      cohortId: "c1",
      index: 0,
      fields: ["name", "onlineHours"],
      rowNumbers: [2, 3],
      columns: [
        ["张三", "李四"],
        [20.5, null],
      ],
    },
  ],
  decisions: [
    {
      id: "d1",
      cohortId: "c1",
      traineeKey: "110101199003074514",
      kind: "tier",
      value: "优秀",
      reason: "参考所在企业意见",
      decidedAt: 1_700_000_200_000,
    },
  ],
  mappings: [{ signature: "gd-ipo-2021\u0000姓名", mapping: { 姓名: "name" }, savedAt: 1_700_000_050_000 }],
  meta: [{ key: "lastBackupAt", value: 1_700_000_300_000 }],
};

const write = () => writeBackupText(tables, 1_700_000_300_000, sha256Hex);

/** A backup file as plain JSON, open to any edit. */
type BackupJson = Record<string, unknown> & { payload: Record<string, unknown[]> };

/** Parses backup text, lets `change` edit it, and serialises it again. */
function edit(text: string, change: (file: BackupJson) => void): string {
  const file = JSON.parse(text) as BackupJson;
  change(file);
  return JSON.stringify(file);
}

async function refusal(text: string): Promise<BackupError> {
  const error: unknown = await checkBackup(text, sha256Hex).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

describe("checking a backup", () => {
  it("gives back exactly the tables that were written, with the time and counts", async () => {
    expect(await checkBackup(await write(), sha256Hex)).toEqual({
      createdAt: 1_700_000_300_000,
      counts: { cohorts: 1, imports: 1, rowChunks: 1, decisions: 1, mappings: 1, meta: 1 },
      tables,
    });
  });

  it("names the format and version at the top of the file", async () => {
    expect((await write()).slice(0, 44)).toMatchInlineSnapshot(
      `"{"format":"zhipei-backup","version":1,"creat"`,
    );
  });

  it("calls a file that is not JSON another kind of file", async () => {
    const error = await refusal("姓名,手机\n张三,13800000000");
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "not-backup",
        "这不是知培工作台的备份文件。",
      ]
    `);
  });

  it("calls a JSON file of another format another kind of file", async () => {
    const error = await refusal(edit(await write(), (file) => (file.format = "dexie")));
    expect(error.problem).toBe("not-backup");
  });

  it("refuses a cut file as damaged", async () => {
    const text = await write();
    const error = await refusal(text.slice(0, text.length - 40));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "damaged",
        "备份文件不完整或已损坏，无法读取。",
      ]
    `);
  });

  it("asks for a newer page when the backup's version is newer", async () => {
    const error = await refusal(edit(await write(), (file) => (file.version = 2)));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "version",
        "这份备份的格式版本是 2，比本页面能读取的版本 1 新：请刷新页面，用最新的知培打开后再恢复。",
      ]
    `);
  });

  it("refuses a version it does not recognise", async () => {
    const error = await refusal(edit(await write(), (file) => delete file.version));
    expect(error.message).toMatchInlineSnapshot(`"无法识别这份备份的格式版本（缺失）。"`);
  });

  it("refuses a header without its hash", async () => {
    const error = await refusal(edit(await write(), (file) => delete file.sha256));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "damaged",
        "备份文件的说明部分缺失或有误，无法核对其内容。",
      ]
    `);
  });

  it("refuses a payload that lacks a table", async () => {
    const error = await refusal(edit(await write(), (file) => delete file.payload.decisions));
    expect(error.message).toMatchInlineSnapshot(`"备份中缺少「人工决定」，文件不完整。"`);
  });

  it("refuses a table whose row count differs from the header's", async () => {
    const error = await refusal(edit(await write(), (file) => file.payload.rowChunks!.push({})));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "counts",
        "备份记载「学员数据块」有 1 条，文件中实际有 2 条：文件不完整或被改动过。",
      ]
    `);
  });

  it("refuses a payload changed after it was hashed", async () => {
    const text = (await write()).replace("张三", "王五");
    const error = await refusal(text);
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "hash",
        "备份内容与其校验值（SHA-256）不符：文件已损坏或被改动过。",
      ]
    `);
  });

  it("names the table, row and field of a row that breaks its shape, even under a matching hash", async () => {
    const broken = { ...tables, imports: [{ ...tables.imports[0]!, fileHash: "not a hash" }] };
    const error = await refusal(await writeBackupText(broken, 1, sha256Hex));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "rows",
        "备份中「导入记录」第 1 条记录的字段「fileHash」不符合要求：文件可能被改动过，或来自不兼容的版本。",
      ]
    `);
  });
});
