/** Decisions people make one trainee at a time: tier or selection overrides and settled ties. */
import { decision, type Decision } from "../core/workspace/workspace-schema.ts";
import type { ZhipeiDatabase } from "./database.ts";

/** A decision as a person states it. */
export type NewDecision = Omit<Decision, "id" | "decidedAt">;

/** Records a decision, replacing the trainee's earlier decision of the same kind; a reason is required. */
export async function putDecision(
  db: ZhipeiDatabase,
  input: NewDecision,
  now = Date.now(),
): Promise<Decision> {
  const next = decision.parse({ ...input, id: crypto.randomUUID(), decidedAt: now });
  await db.transaction("rw", db.decisions, async () => {
    await db.decisions
      .where("[cohortId+traineeKey]")
      .equals([next.cohortId, next.traineeKey])
      .filter((d) => d.kind === next.kind)
      .delete();
    await db.decisions.add(next);
  });
  return next;
}

/** Withdraws a decision, so the computed result stands again. */
export async function removeDecision(db: ZhipeiDatabase, id: string): Promise<void> {
  await db.decisions.delete(id);
}

/** The cohort's decisions. */
export async function listDecisions(db: ZhipeiDatabase, cohortId: string): Promise<Decision[]> {
  return db.decisions.where("cohortId").equals(cohortId).toArray();
}
