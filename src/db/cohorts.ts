/** Cohort repository: every function is one transaction or a single read. */
import type { Cohort } from "../core/workspace/workspace-schema.ts";
import type { ZhipeiDatabase } from "./database.ts";

/** What a person gives to start a cohort from a program. */
export interface NewCohort {
  programSlug: string;
  name: string;
  year: number;
}

/** Creates an empty cohort that follows the program's published rules. */
export async function createCohort(db: ZhipeiDatabase, input: NewCohort, now = Date.now()): Promise<Cohort> {
  const cohort: Cohort = {
    ...input,
    id: crypto.randomUUID(),
    ruleOverrides: {},
    createdAt: now,
    updatedAt: now,
    rowCount: 0,
    lastImportAt: null,
  };
  await db.cohorts.add(cohort);
  return cohort;
}

/** All cohorts, most recently changed first. */
export async function listCohorts(db: ZhipeiDatabase): Promise<Cohort[]> {
  return db.cohorts.orderBy("updatedAt").reverse().toArray();
}

/** Replaces the cohort's rule overrides (an empty object means the published rules). */
export async function setRuleOverrides(
  db: ZhipeiDatabase,
  cohortId: string,
  overrides: Record<string, unknown>,
  now = Date.now(),
): Promise<void> {
  const changed = await db.cohorts.update(cohortId, { ruleOverrides: overrides, updatedAt: now });
  if (changed === 0) throw new Error(`找不到批次 ${cohortId}`);
}

/** Deletes a cohort with its imports, rows and decisions, all or nothing. */
export async function deleteCohort(db: ZhipeiDatabase, cohortId: string): Promise<void> {
  await db.transaction("rw", [db.cohorts, db.imports, db.rowChunks, db.decisions], async () => {
    await db.rowChunks.where("cohortId").equals(cohortId).delete();
    await db.imports.where("cohortId").equals(cohortId).delete();
    await db.decisions.where("cohortId").equals(cohortId).delete();
    await db.cohorts.delete(cohortId);
  });
}
