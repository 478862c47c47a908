import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { gunzip } from "../../../src/backup-file/gzip.ts";
import { sha256Hex } from "../../../src/backup-file/sha256-hex.ts";
import { BackupError } from "../../../src/core/backup/backup-error.ts";
import {
  clearWorkspace,
  exportWorkspace,
  readBackupNudge,
  readLastBackupAt,
  restoreWorkspace,
} from "../../../src/db/backup.ts";
import { createCohort } from "../../../src/db/cohorts.ts";
import { openDatabase, type ZhipeiDatabase } from "../../../src/db/database.ts";
import { putDecision } from "../../../src/db/decisions.ts";
import { CHUNK_ROWS, commitImport } from "../../../src/db/imports.ts";
import { rememberMapping } from "../../../src/db/mappings.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const day = 24 * 60 * 60 * 1000;

/** A workspace with a cohort of `trainees` rows over several chunks, a decision and a remembered mapping. */
async function fillWorkspace(name: string, trainees: number) {
  const cohort = await createCohort(db, { programSlug: "gd-ipo-2021", name, year: 2021 });
  await commitImport(
    db,
    {
      cohortId: cohort.id,
      fileName: `${name}.xlsx`,
      fileHash: await sha256Hex(name),
      sheetName: "Sheet1",
      recordKind: "trainee",
      skippedRows: 0,
      mapping: { 姓名: "name", 线上学时: "onlineHours" },
    },
    {
      fields: ["name", "onlineHours", "passed"],
      rowNumbers: Array.from({ length: trainees }, (_, i) => i + 2),
      columns: [
        Array.from({ length: trainees }, (_, i) => `学员${i}`),
        Array.from({ length: trainees }, (_, i) => (i % 7 === 0 ? null : (i % 40) / 2)),
        Array.from({ length: trainees }, (_, i) => i % 3 === 0),
      ],
    },
  );
  await putDecision(db, {
    cohortId: cohort.id,
    traineeKey: "学员3",
    kind: "tier",
    value: "优秀",
    reason: "参考所在企业意见",
  });
  await rememberMapping(db, `gd-ipo-2021\u0000${name}`, { 姓名: "name" });
  return cohort;
}

async function readAll() {
  return {
    cohorts: await db.cohorts.toArray(),
    imports: await db.imports.toArray(),
    rowChunks: await db.rowChunks.toArray(),
    decisions: await db.decisions.toArray(),
    mappings: await db.mappings.toArray(),
    meta: await db.meta.toArray(),
  };
}

/** A valid backup of one workspace, then a different workspace in the database, as a restore would meet it. */
async function backupThenChange(options: { passphrase?: string } = {}) {
  const cohort = await fillWorkspace("一期", CHUNK_ROWS + 10);
  const backup = await exportWorkspace(db, options);
  await putDecision(db, {
    cohortId: cohort.id,
    traineeKey: "学员5",
    kind: "tie",
    value: "入选",
    reason: "抽签",
  });
  await fillWorkspace("二期", 20);
  return { backup, before: await readAll() };
}

async function refusal(attempt: Promise<unknown>): Promise<BackupError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

/** The backup's JSON, changed by `change`, written back as a plain (uncompressed) file. */
async function rewrite(bytes: Uint8Array<ArrayBuffer>, change: (file: Record<string, unknown>) => void) {
  const file = JSON.parse(new TextDecoder().decode(await gunzip(bytes))) as Record<string, unknown>;
  change(file);
  return new TextEncoder().encode(JSON.stringify(file));
}

describe("backing up and restoring the workspace", () => {
  it("gives back identical tables from a plain backup", async () => {
    await fillWorkspace("一期", CHUNK_ROWS * 2 + 3);
    const backup = await exportWorkspace(db);
    const saved = await readAll();
    await clearWorkspace(db);
    await restoreWorkspace(db, backup.bytes);
    expect(await readAll()).toEqual(saved);
  });

  it("gives back identical tables from an encrypted backup opened with its passphrase", async () => {
    await fillWorkspace("一期", 50);
    const backup = await exportWorkspace(db, { passphrase: "知识产权 2025" });
    const saved = await readAll();
    await clearWorkspace(db);
    await restoreWorkspace(db, new Blob([backup.bytes]), { passphrase: "知识产权 2025" });
    expect(await readAll()).toEqual(saved);
    expect(backup.encrypted).toBe(true);
    expect(new TextDecoder().decode(backup.bytes)).not.toContain("学员1");
  });

  it("gzips the file where the browser can, and says so in its name", async () => {
    await fillWorkspace("一期", 10);
    const backup = await exportWorkspace(db, { now: new Date(2025, 5, 30, 14, 5).getTime() });
    expect([backup.compressed, backup.encrypted, backup.fileName, backup.mimeType]).toEqual([
      true,
      false,
      "知培备份-2025-06-30-1405.json.gz",
      "application/gzip",
    ]);
  });

  it("writes plain JSON where the browser cannot gzip, and restores it", async () => {
    vi.stubGlobal("CompressionStream", undefined);
    await fillWorkspace("一期", 10);
    const backup = await exportWorkspace(db);
    const saved = await readAll();
    await clearWorkspace(db);
    await restoreWorkspace(db, backup.bytes);
    expect([backup.compressed, backup.fileName.endsWith(".json"), await readAll()]).toEqual([
      false,
      true,
      saved,
    ]);
  });

  it("replaces the workspace entirely with the backup's", async () => {
    const { backup } = await backupThenChange();
    const restored = await restoreWorkspace(db, backup.bytes);
    expect((await db.cohorts.toArray()).map((c) => c.name)).toEqual(["一期"]);
    expect((await db.decisions.toArray()).map((d) => d.traineeKey)).toEqual(["学员3"]);
    expect(restored.counts).toEqual({
      cohorts: 1,
      imports: 1,
      rowChunks: 2,
      decisions: 1,
      mappings: 1,
      meta: 1,
    });
  });

  it("refuses a cut file and leaves the workspace untouched", async () => {
    const { backup, before } = await backupThenChange();
    const error = await refusal(restoreWorkspace(db, backup.bytes.slice(0, backup.bytes.length / 2)));
    expect(error.message).toMatchInlineSnapshot(`"备份文件不完整或已损坏，无法解压。"`);
    expect(await readAll()).toEqual(before);
  });

  it("refuses a file with one byte changed and leaves the workspace untouched", async () => {
    const { backup, before } = await backupThenChange();
    const bytes = backup.bytes.slice();
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const error = await refusal(restoreWorkspace(db, bytes));
    expect(error.message).toMatchInlineSnapshot(`"备份文件不完整或已损坏，无法解压。"`);
    expect(await readAll()).toEqual(before);
  });

  it("refuses a backup of another version and leaves the workspace untouched", async () => {
    const { backup, before } = await backupThenChange();
    const error = await refusal(
      restoreWorkspace(db, await rewrite(backup.bytes, (file) => (file.version = 2))),
    );
    expect(error.message).toMatchInlineSnapshot(
      `"这份备份的格式版本是 2，比本页面能读取的版本 1 新：请刷新页面，用最新的知培打开后再恢复。"`,
    );
    expect(await readAll()).toEqual(before);
  });

  it("refuses row counts that do not match the rows and leaves the workspace untouched", async () => {
    const { backup, before } = await backupThenChange();
    const bytes = await rewrite(backup.bytes, (file) => {
      (file.payload as { decisions: unknown[] }).decisions.pop();
    });
    const error = await refusal(restoreWorkspace(db, bytes));
    expect(error.message).toMatchInlineSnapshot(
      `"备份记载「人工决定」有 1 条，文件中实际有 0 条：文件不完整或被改动过。"`,
    );
    expect(await readAll()).toEqual(before);
  });

  it("refuses a wrong passphrase, saying so, and leaves the workspace untouched", async () => {
    const { backup, before } = await backupThenChange({ passphrase: "正确的密码" });
    const error = await refusal(restoreWorkspace(db, backup.bytes, { passphrase: "错误的密码" }));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "passphrase-wrong",
        "密码不正确，无法解开这份备份。",
      ]
    `);
    expect(await readAll()).toEqual(before);
  });

  it("asks for the passphrase of an encrypted backup opened without one", async () => {
    const { backup, before } = await backupThenChange({ passphrase: "正确的密码" });
    const error = await refusal(restoreWorkspace(db, backup.bytes));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "passphrase-needed",
        "这份备份已加密，请输入备份时设置的密码。",
      ]
    `);
    expect(await readAll()).toEqual(before);
  });

  it("leaves the old workspace intact when a write fails half-way through the load", async () => {
    const { backup, before } = await backupThenChange();
    let written = 0;
    db.rowChunks.hook("creating", () => {
      written += 1;
      if (written === 2) throw new Error("磁盘写入失败");
    });
    const error = await refusal(restoreWorkspace(db, backup.bytes));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "write",
        "恢复时写入失败，工作台保持恢复前的内容。（磁盘写入失败）",
      ]
    `);
    expect(await readAll()).toEqual(before);
  });
});

describe("the last backup", () => {
  it("is recorded when a backup is made", async () => {
    await fillWorkspace("一期", 10);
    expect(await readLastBackupAt(db)).toBeNull();
    await exportWorkspace(db, { now: 1_750_000_000_000 });
    expect(await readLastBackupAt(db)).toBe(1_750_000_000_000);
  });

  it("earns a reminder while data was never backed up, and none right after a backup", async () => {
    await fillWorkspace("一期", 10);
    const now = Date.now();
    expect((await readBackupNudge(db, now)).due).toBe(true);
    await exportWorkspace(db, { now });
    expect(await readBackupNudge(db, now + 30 * day)).toEqual({
      due: false,
      message: "上次备份：30 天前，之后没有改动。",
    });
  });

  it("counts a decision made after the backup as a change to back up", async () => {
    const cohort = await fillWorkspace("一期", 10);
    const backupAt = Date.now();
    await exportWorkspace(db, { now: backupAt });
    await putDecision(
      db,
      { cohortId: cohort.id, traineeKey: "学员5", kind: "tie", value: "入选", reason: "抽签" },
      backupAt + day,
    );
    expect((await readBackupNudge(db, backupAt + 8 * day)).due).toBe(true);
  });
});

describe("clearing the workspace", () => {
  it("empties every table", async () => {
    await fillWorkspace("一期", 10);
    await exportWorkspace(db);
    await clearWorkspace(db);
    const all = await readAll();
    expect(Object.values(all).map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
