/**
 * A cohort's results in the workspace: its stored rows and decisions as live
 * queries, scored with the cohort's own rule parameters whenever any of them
 * changes; and the actions that change them (decisions, rule parameters).
 */
import { computed, signal } from "@preact/signals";
import { applyRulePatch, type RuleChange } from "../../core/rules/cohort-rules.ts";
import type { Cohort, Decision } from "../../core/workspace/workspace-schema.ts";
import { setRuleOverrides } from "../../db/cohorts.ts";
import type { ZhipeiDatabase } from "../../db/database.ts";
import { listDecisions, putDecision, removeDecision, type NewDecision } from "../../db/decisions.ts";
import { loadCohortRows } from "../../db/imports.ts";
import { describeStorageError } from "../../db/storage-errors.ts";
import { watchQuery } from "../../db/watch-query.ts";
import {
  scoreStoredCohort,
  type StoredImport,
  type StoredScoring,
} from "../../export/score-stored-cohort.ts";
import type { WorkspaceProgram } from "../workspace-program.ts";
import { SCORE_MEASURE } from "../timing-marks.ts";

/** A decision as the results page asks for it: the cohort is the store's. */
export type DecisionInput = Omit<NewDecision, "cohortId">;

/** The results store's state and actions. */
export type ResultsStore = ReturnType<typeof createResultsStore>;

/** Why a decision cannot be saved, or null when it can. */
export function checkDecision(input: DecisionInput): string | null {
  if (input.value.trim() === "") return "请选择调整后的结果";
  if (input.reason.trim() === "") return "须写明理由";
  return null;
}

/** Creates the store of cohort `cohort.id`; `cohort` is kept current by the caller (`setCohort`). */
export function createResultsStore(db: ZhipeiDatabase, program: WorkspaceProgram, initial: Cohort) {
  const cohort = signal(initial);
  const rows = signal<StoredImport[] | null>(null);
  const decisions = signal<Decision[]>([]);
  const error = signal<string | null>(null);

  const scoring = computed((): StoredScoring | null => {
    const stored = rows.value;
    if (stored === null) return null;
    const started = performance.now();
    const result = scoreStoredCohort(program, cohort.value, stored, decisions.value);
    // A user-timing entry, read by `npm run bench:workspace`.
    performance.measure(SCORE_MEASURE, { start: started });
    return result;
  });
  const changes = computed((): RuleChange[] => {
    const patched = applyRulePatch(program.rules, cohort.value.ruleOverrides);
    return patched.ok ? patched.changes : [];
  });

  // The overrides as last written: two quick changes must build on each other, not on a cohort
  // record the live query has not brought back yet; writes go one after another.
  let latest = initial.ruleOverrides;
  let writing: Promise<void> = Promise.resolve();

  function fail(cause: unknown): void {
    error.value = describeStorageError(cause, "本次操作");
  }

  function write(next: Record<string, unknown>): void {
    latest = next;
    const id = cohort.peek().id;
    writing = writing.then(() => setRuleOverrides(db, id, next)).catch(fail);
  }

  return {
    cohort,
    rows,
    decisions,
    scoring,
    changes,
    error,

    /** Starts the live queries of the cohort's rows and decisions; returns the function that stops them. */
    start(): () => void {
      const id = cohort.peek().id;
      const stopRows = watchQuery(
        () => loadCohortRows(db, id),
        (value) => (rows.value = value),
        fail,
      );
      const stopDecisions = watchQuery(
        () => listDecisions(db, id),
        (value) => (decisions.value = value),
        fail,
      );
      return () => {
        stopRows();
        stopDecisions();
      };
    },

    /** Follows the cohort record (its rule parameters change through the database). */
    setCohort(next: Cohort): void {
      if (next === cohort.peek()) return;
      cohort.value = next;
      latest = next.ruleOverrides;
    },

    /** Saves a decision; returns why it cannot be saved, or null once saved. */
    async decide(input: DecisionInput): Promise<string | null> {
      const refused = checkDecision(input);
      if (refused !== null) return refused;
      try {
        await putDecision(db, { ...input, reason: input.reason.trim(), cohortId: cohort.peek().id });
        return null;
      } catch (cause) {
        fail(cause);
        return error.value;
      }
    },

    /** Withdraws a decision, so the computed result stands again. */
    async withdraw(decisionId: string): Promise<void> {
      try {
        await removeDecision(db, decisionId);
      } catch (cause) {
        fail(cause);
      }
    },

    /** Sets one rule parameter (its published value removes the change); returns why not, or null once queued. */
    changeRule(path: string, value: number, published: number): string | null {
      const next: Record<string, unknown> = { ...latest, [path]: value };
      if (value === published) delete next[path];
      const checked = applyRulePatch(program.rules, next);
      if (!checked.ok) return `不能这样调整：${checked.problems.join("；")}`;
      write(next);
      return null;
    },

    /** Returns the cohort to the program's published rules. */
    resetRules(): void {
      write({});
    },
  };
}
