/**
 * The backup file's contract: a versioned envelope around every table of the
 * workspace. Rows are checked with the same shapes the workspace stores.
 */
import { z } from "zod";
import {
  cohort,
  decision,
  importRecord,
  rememberedMapping,
  rowChunk,
} from "../workspace/workspace-schema.ts";

/** The `format` every backup names itself with. */
export const BACKUP_FORMAT = "zhipei-backup";

/** The envelope version this code writes and reads; a new table or shape means a new version. */
export const BACKUP_VERSION = 1;

/** A workspace setting (such as the last backup time) as the `meta` table holds it. */
export const metaEntry = z.object({ key: z.string().min(1), value: z.unknown() });
export type MetaEntry = z.infer<typeof metaEntry>;

/** Every table of the workspace, row by row, in the order the file lists them. */
export const backupPayload = z.object({
  cohorts: z.array(cohort),
  imports: z.array(importRecord),
  rowChunks: z.array(rowChunk),
  decisions: z.array(decision),
  mappings: z.array(rememberedMapping),
  meta: z.array(metaEntry),
});
export type WorkspaceTables = z.infer<typeof backupPayload>;

/** The name of one table in a backup. */
export type BackupTable = keyof WorkspaceTables;

/** The tables in file order, with the words a person reads in messages. */
export const BACKUP_TABLES: readonly { name: BackupTable; label: string }[] = [
  { name: "cohorts", label: "批次" },
  { name: "imports", label: "导入记录" },
  { name: "rowChunks", label: "学员数据块" },
  { name: "decisions", label: "人工决定" },
  { name: "mappings", label: "表头对应关系" },
  { name: "meta", label: "工作台设置" },
];

const rowCount = z.number().int().nonnegative();

/** Everything in the file but the payload: what the payload is checked against before it is used. */
export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** When the backup was made, epoch milliseconds. */
  createdAt: z.number(),
  /** Rows per table: a cut or edited file shows up as a different count. */
  counts: z.object({
    cohorts: rowCount,
    imports: rowCount,
    rowChunks: rowCount,
    decisions: rowCount,
    mappings: rowCount,
    meta: rowCount,
  }),
  /** SHA-256 (hex) of the payload serialised with `JSON.stringify`. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeader>;

/** Rows per table. */
export type BackupCounts = BackupHeader["counts"];

/** Hashes text to lowercase hex SHA-256; supplied by the caller because core has no WebCrypto. */
export type HashText = (text: string) => Promise<string>;
