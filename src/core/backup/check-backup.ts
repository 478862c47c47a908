/**
 * Checks a whole backup before anything is restored from it: format name,
 * version, header, rows per table, the payload's hash, then every row's shape.
 * The first failure throws a BackupError; nothing here touches the workspace.
 */
import { BackupError } from "./backup-error.ts";
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupHeader,
  backupPayload,
  type BackupCounts,
  type HashText,
  type WorkspaceTables,
} from "./backup-schema.ts";

/** A backup that passed every check. */
export interface CheckedBackup {
  createdAt: number;
  counts: BackupCounts;
  tables: WorkspaceTables;
}

/** Reads backup text and returns its tables, or throws a BackupError naming the first problem. */
export async function checkBackup(text: string, hashText: HashText): Promise<CheckedBackup> {
  const raw = parseEnvelope(text);
  checkVersion(raw.version);
  const header = backupHeader.safeParse(raw);
  if (!header.success) throw new BackupError("damaged", "备份文件的说明部分缺失或有误，无法核对其内容。");
  const { createdAt, counts, sha256 } = header.data;
  const payload = raw.payload;
  for (const { name, label } of BACKUP_TABLES) {
    const rows = isRecord(payload) ? payload[name] : undefined;
    if (!Array.isArray(rows)) throw new BackupError("damaged", `备份中缺少「${label}」，文件不完整。`);
    if (rows.length !== counts[name])
      throw new BackupError(
        "counts",
        `备份记载「${label}」有 ${counts[name]} 条，文件中实际有 ${rows.length} 条：文件不完整或被改动过。`,
      );
  }
  // The writer hashed JSON.stringify of the payload; parsing and re-serialising JSON.stringify output gives the same text.
  if ((await hashText(JSON.stringify(payload))) !== sha256)
    throw new BackupError("hash", "备份内容与其校验值（SHA-256）不符：文件已损坏或被改动过。");
  const tables = backupPayload.safeParse(payload);
  if (!tables.success) throw new BackupError("rows", describeBadRow(tables.error.issues[0]?.path ?? []));
  return { createdAt, counts, tables: tables.data };
}

function parseEnvelope(text: string): Record<string, unknown> {
  // Anything that does not even start like JSON is another kind of file chosen by mistake.
  if (!text.trimStart().startsWith("{")) throw notBackup();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError("damaged", "备份文件不完整或已损坏，无法读取。", { cause: error });
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) throw notBackup();
  return raw;
}

function checkVersion(version: unknown): void {
  if (version === BACKUP_VERSION) return;
  if (typeof version === "number" && version > BACKUP_VERSION)
    throw new BackupError(
      "version",
      `这份备份的格式版本是 ${version}，比本页面能读取的版本 ${BACKUP_VERSION} 新：请刷新页面，用最新的知培打开后再恢复。`,
    );
  throw new BackupError("version", `无法识别这份备份的格式版本（${JSON.stringify(version) ?? "缺失"}）。`);
}

function describeBadRow(path: readonly PropertyKey[]): string {
  const [table, index, ...field] = path;
  const label = BACKUP_TABLES.find((t) => t.name === table)?.label ?? String(table);
  const where = typeof index === "number" ? `第 ${index + 1} 条记录` : "记录";
  const what = field.length > 0 ? `的字段「${field.map(String).join(".")}」` : "";
  return `备份中「${label}」${where}${what}不符合要求：文件可能被改动过，或来自不兼容的版本。`;
}

function notBackup(): BackupError {
  return new BackupError("not-backup", "这不是知培工作台的备份文件。");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
