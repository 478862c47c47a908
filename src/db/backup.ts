/**
 * Backup, restore and clear-all of the whole workspace.
 *
 * A restore checks the whole file first (see core/backup/check-backup.ts) and
 * only then empties and reloads every table in one transaction with no error
 * caught inside, so a refused file or a failed write leaves the workspace as
 * it was. dexie-export-import is not used: its clear-before-import empties
 * tables outside the import transaction.
 */
import { decodeBackupFile, encodeBackupFile, type BackupFile } from "../backup-file/backup-file.ts";
import { sha256Hex } from "../backup-file/sha256-hex.ts";
import { BackupError } from "../core/backup/backup-error.ts";
import { backupNudge, type BackupNudge } from "../core/backup/backup-nudge.ts";
import type { BackupCounts, WorkspaceTables } from "../core/backup/backup-schema.ts";
import { checkBackup } from "../core/backup/check-backup.ts";
import { countTables, writeBackupText } from "../core/backup/write-backup.ts";
import type { ZhipeiDatabase } from "./database.ts";

/** The `meta` key holding when the last backup was made (epoch ms). */
export const LAST_BACKUP_KEY = "lastBackupAt";

/** A finished backup, ready to be offered as a download. */
export interface WorkspaceBackup extends BackupFile {
  fileName: string;
  mimeType: string;
  createdAt: number;
  counts: BackupCounts;
}

/** What a restore brought back. */
export interface RestoredBackup {
  createdAt: number;
  counts: BackupCounts;
}

/**
 * Writes every table into one file, encrypted when a passphrase is given,
 * and records the time as the last backup.
 */
export async function exportWorkspace(
  db: ZhipeiDatabase,
  { passphrase, now = Date.now() }: { passphrase?: string; now?: number } = {},
): Promise<WorkspaceBackup> {
  const tables = await readTables(db);
  // The file already names itself the last backup, so restoring it leaves the same date as exporting did.
  tables.meta = [
    ...tables.meta.filter((entry) => entry.key !== LAST_BACKUP_KEY),
    { key: LAST_BACKUP_KEY, value: now },
  ];
  const file = await encodeBackupFile(await writeBackupText(tables, now, sha256Hex), passphrase);
  await db.meta.put({ key: LAST_BACKUP_KEY, value: now });
  return {
    ...file,
    fileName: nameBackupFile(now, file),
    mimeType: file.encrypted
      ? "application/octet-stream"
      : file.compressed
        ? "application/gzip"
        : "application/json",
    createdAt: now,
    counts: countTables(tables),
  };
}

/**
 * Replaces the whole workspace with a backup's, all or nothing: the file is
 * checked entirely before the first write; throws a BackupError otherwise.
 */
export async function restoreWorkspace(
  db: ZhipeiDatabase,
  file: Uint8Array<ArrayBuffer> | Blob,
  { passphrase }: { passphrase?: string } = {},
): Promise<RestoredBackup> {
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file;
  const { createdAt, counts, tables } = await checkBackup(
    await decodeBackupFile(bytes, passphrase),
    sha256Hex,
  );
  try {
    await db.transaction("rw", db.tables, async () => {
      for (const table of db.tables) await table.clear();
      await db.cohorts.bulkAdd(tables.cohorts);
      await db.imports.bulkAdd(tables.imports);
      // One chunk per request, as in commitImport: each structured clone stays a short task.
      for (const chunk of tables.rowChunks) await db.rowChunks.add(chunk);
      await db.decisions.bulkAdd(tables.decisions);
      await db.mappings.bulkAdd(tables.mappings);
      await db.meta.bulkAdd(tables.meta);
    });
  } catch (error) {
    throw new BackupError(
      "write",
      `恢复时写入失败，工作台保持恢复前的内容。（${error instanceof Error ? error.message : String(error)}）`,
      { cause: error },
    );
  }
  return { createdAt, counts };
}

/** Empties every table in one transaction: the workspace is as on first visit. */
export async function clearWorkspace(db: ZhipeiDatabase): Promise<void> {
  await db.transaction("rw", db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

/** When the last backup was made, or null if never. */
export async function readLastBackupAt(db: ZhipeiDatabase): Promise<number | null> {
  const value = (await db.meta.get(LAST_BACKUP_KEY))?.value;
  return typeof value === "number" ? value : null;
}

/** The backup status to show, with whether a reminder is due (see backupNudge). */
export async function readBackupNudge(db: ZhipeiDatabase, now = Date.now()): Promise<BackupNudge> {
  return db.transaction("r", [db.meta, db.cohorts, db.decisions], async () => {
    const lastBackupAt = await readLastBackupAt(db);
    const newestCohort = await db.cohorts.orderBy("updatedAt").last();
    if (!newestCohort) return backupNudge(lastBackupAt, null, now);
    // A decision does not touch its cohort's updatedAt, so it counts as a change of its own.
    const decisions = await db.decisions.toArray();
    const lastChangeAt = decisions.reduce(
      (newest, d) => Math.max(newest, d.decidedAt),
      newestCohort.updatedAt,
    );
    return backupNudge(lastBackupAt, lastChangeAt, now);
  });
}

async function readTables(db: ZhipeiDatabase): Promise<WorkspaceTables> {
  return db.transaction("r", db.tables, async () => ({
    cohorts: await db.cohorts.toArray(),
    imports: await db.imports.toArray(),
    rowChunks: await db.rowChunks.toArray(),
    decisions: await db.decisions.toArray(),
    mappings: await db.mappings.toArray(),
    meta: await db.meta.toArray(),
  }));
}

/** A file name that sorts by date, with the extension of what the file holds. */
function nameBackupFile(createdAt: number, file: BackupFile): string {
  const at = new Date(createdAt);
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const extension = file.encrypted ? "zhipei" : file.compressed ? "json.gz" : "json";
  return `知培备份-${stamp}.${extension}`;
}
