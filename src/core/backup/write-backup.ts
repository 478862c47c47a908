/** Builds the text of a backup file from the workspace's tables. */
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupHeader,
  type HashText,
  type WorkspaceTables,
} from "./backup-schema.ts";

/** Rows per table. */
export function countTables(tables: WorkspaceTables): BackupCounts {
  return {
    cohorts: tables.cohorts.length,
    imports: tables.imports.length,
    rowChunks: tables.rowChunks.length,
    decisions: tables.decisions.length,
    mappings: tables.mappings.length,
    meta: tables.meta.length,
  };
}

/** The backup as JSON text: header fields first, then the payload they describe. */
export async function writeBackupText(
  tables: WorkspaceTables,
  createdAt: number,
  hashText: HashText,
): Promise<string> {
  // Tables in file order, so the hash does not depend on how the caller built the object.
  const payload = Object.fromEntries(BACKUP_TABLES.map(({ name }) => [name, tables[name]]));
  const payloadText = JSON.stringify(payload);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt,
    counts: countTables(tables),
    sha256: await hashText(payloadText),
  };
  // The payload is spliced in rather than serialised a second time: it can be tens of megabytes.
  return `${JSON.stringify(header).slice(0, -1)},"payload":${payloadText}}`;
}
