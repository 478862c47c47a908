/**
 * The one Dexie instance. Every past `version(n)` stays here so an old
 * workspace upgrades in place; add a new version, never edit an old one.
 */
import { Dexie, type EntityTable, type Table } from "dexie";
import type {
  Cohort,
  Decision,
  ImportRecord,
  RememberedMapping,
  RowChunk,
} from "../core/workspace/workspace-schema.ts";

/** A key/value row for workspace settings such as the last backup time. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

export type ZhipeiDatabase = Dexie & {
  cohorts: EntityTable<Cohort, "id">;
  imports: EntityTable<ImportRecord, "id">;
  rowChunks: Table<RowChunk, [string, number]>;
  decisions: EntityTable<Decision, "id">;
  mappings: EntityTable<RememberedMapping, "signature">;
  meta: EntityTable<MetaEntry, "key">;
};

/** Opens (or creates) the workspace database under `name`; tests pass their own name. */
export function openDatabase(name = "zhipei"): ZhipeiDatabase {
  const db = new Dexie(name) as ZhipeiDatabase;
  db.version(1).stores({
    cohorts: "id, programSlug, updatedAt",
    imports: "id, cohortId, [cohortId+fileHash]",
    rowChunks: "[importId+index], cohortId",
    decisions: "id, cohortId, [cohortId+traineeKey]",
    mappings: "signature",
    meta: "key",
  });
  return db;
}
