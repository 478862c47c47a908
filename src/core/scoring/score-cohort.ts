/**
 * Scores a cohort against a program's rules. Results are columns (one typed
 * array per figure, indexed like the trainees) so 100,000 trainees cost no
 * object per trainee; `explainTrainee` turns one index into sentences and
 * `summarizeCohort` counts them.
 */
import type { RuleSet } from "../rules/rule-schema.ts";
import { readAdmission, type AdmissionColumns } from "./admit-trainees.ts";
import { assignTiers, listTiers, NO_TIER, type TierSummary } from "./assign-tiers.ts";
import { checkAttempts, partState } from "./check-attempts.ts";
import { writeEligibility } from "./check-eligibility.ts";
import { checkGate, gateState } from "./check-gates.ts";
import type { CutContext, Tie } from "./cut-places.ts";
import { decideOutcomes } from "./decide-outcomes.ts";
import { readMeasureColumns } from "./measure-columns.ts";
import type { Problem } from "./problem.ts";
import { orderByRank, readRankKey, writeRanks } from "./rank-trainees.ts";
import { readDecisions, type TraineeOverrides } from "./read-decisions.ts";
import { scoreComponent, type ComponentColumn } from "./score-components.ts";
import type { TraineeDecision, TraineeRecord } from "./scoring-input.ts";
import { readGroups, selectQuota, type Groups } from "./select-quota.ts";
import { listMeasureKeys, tabulateTrainees, type TraineeTable } from "./trainee-table.ts";

/** A scored cohort: every column is indexed like the table's `ids`. */
export interface CohortScores {
  rules: RuleSet;
  table: TraineeTable;
  /** Parallel to `rules.components`. */
  components: ComponentColumn[];
  /** Sum of component points, in hundredths. */
  total: Int32Array;
  /** 1 when every scaled measure, compared gate figure and selection group was entered. */
  complete: Uint8Array;
  /** Parallel to `rules.gates`: a `gateState` per trainee. */
  gates: Uint8Array[];
  /** Parallel to `rules.attempts.parts`: a `partState` per trainee; empty without attempts. */
  parts: Uint8Array[];
  /** 1 when every attempt part passed. */
  certified: Uint8Array;
  /** Competition rank (within the selection group, if any); 0 when not ranked. */
  rank: Int32Array;
  /** An `outcome` code per trainee. */
  outcome: Uint8Array;
  /** Tier names best first (see `listTiers`); empty without tiering. */
  tierNames: string[];
  /** Index into `tierNames`, PENDING_PLACE in an open tie, NO_TIER when none. */
  tier: Uint8Array;
  tierSummary: TierSummary | null;
  /** Selection groups; null without selection. */
  groups: Groups | null;
  ties: Tie[];
  /** Index into `ties` per trainee, or -1. */
  tieOf: Int32Array;
  certificate: Uint8Array;
  talentPool: Uint8Array;
  admission: AdmissionColumns | null;
  /** People's overrides by trainee index, kept apart from the computed columns above. */
  overrides: Map<number, TraineeOverrides>;
  problems: Problem[];
}

/**
 * Scores, ranks, selects and tiers a cohort, given as records or as a table
 * (the faster path: the import's columns as they are); `decisions` settle
 * ties and carry overrides.
 */
export function scoreCohort(
  rules: RuleSet,
  trainees: readonly TraineeRecord[] | TraineeTable,
  decisions: readonly TraineeDecision[] = [],
): CohortScores {
  const table = "ids" in trainees ? trainees : tabulateTrainees(trainees, listMeasureKeys(rules));
  const ids = table.ids;
  const n = ids.length;
  const problems: Problem[] = [];
  // Indexing 100,000 ids costs ~20 ms: only decisions need it.
  const indexOf = decisions.length === 0 ? new Map<string, number>() : indexTrainees(ids, problems);
  const read = readDecisions(rules, decisions, indexOf);
  problems.push(...read.problems);

  const columns = readMeasureColumns(table);
  const components = rules.components.map((c) => scoreComponent(c, columns));
  const total = new Int32Array(n);
  const complete = new Uint8Array(n).fill(1);
  for (const c of components) {
    const { points, missing } = c;
    for (let i = 0; i < n; i++) total[i] = (total[i] as number) + (points[i] as number);
    if (missing !== null) for (let i = 0; i < n; i++) if (missing[i] === 1) complete[i] = 0;
  }
  const gates = rules.gates.map((g) => checkGate(g, columns));
  const failed = new Uint8Array(n);
  for (const states of gates)
    for (let i = 0; i < n; i++) {
      const s = states[i];
      if (s === gateState.missing) complete[i] = 0;
      else if (s === gateState.failed) failed[i] = 1;
    }
  const groups = rules.selection === undefined ? null : readGroups(rules.selection.groupBy, table);
  if (groups !== null) for (let i = 0; i < n; i++) if (groups.groupOf[i] === -1) complete[i] = 0;

  const key = readRankKey(rules.ranking, total, columns);
  const rank = new Int32Array(n);
  const ctx: CutContext = {
    ids,
    rank,
    total,
    ties: [],
    choices: read.choices,
    consulted: new Set(),
    problems,
  };
  const place = new Uint8Array(n);
  const tier = new Uint8Array(n).fill(NO_TIER);
  const tieOf = new Int32Array(n).fill(-1);
  // Selection ranks only those who may be selected; otherwise everyone with a complete total is ranked.
  const ordered = orderByRank(key, membersWhere(complete, groups === null ? null : failed));
  let tierSummary: TierSummary | null = null;
  if (rules.selection !== undefined && groups !== null)
    selectQuota(rules.selection, ctx, { place, tieOf }, key, ordered, groups);
  else writeRanks(key, ordered, rank);
  if (rules.tiering !== undefined)
    tierSummary = assignTiers(rules.tiering, ctx, { place: tier, tieOf }, ordered, failed);

  const parts = rules.attempts === undefined ? [] : checkAttempts(rules.attempts, columns);
  const certified = new Uint8Array(n).fill(parts.length > 0 ? 1 : 0);
  for (const p of parts)
    for (let i = 0; i < n; i++) if ((p[i] as number) > partState.passedMakeUp) certified[i] = 0;

  const outcomes = decideOutcomes(rules, { total, complete, failed, place, tier, parts });
  const scores: CohortScores = {
    rules,
    table,
    components,
    total,
    complete,
    gates,
    parts,
    certified,
    rank,
    outcome: outcomes,
    tierNames: rules.tiering === undefined ? [] : listTiers(rules.tiering),
    tier,
    tierSummary,
    groups,
    ties: ctx.ties,
    tieOf,
    certificate: new Uint8Array(n),
    talentPool: new Uint8Array(n),
    admission: rules.admission === undefined ? null : readAdmission(rules.admission, columns),
    overrides: read.overrides,
    problems,
  };
  if (rules.certificate !== undefined) writeEligibility(scores, rules.certificate.when, scores.certificate);
  if (rules.talentPool !== undefined) writeEligibility(scores, rules.talentPool.when, scores.talentPool);
  for (const [i, label] of read.choices)
    if (!ctx.consulted.has(i))
      problems.push({
        code: "tieChoiceStale",
        message: `学员 ${ids[i]} 已不在并列名单中，此前的并列决定“${label}”未采用`,
      });
  return scores;
}

function indexTrainees(ids: ArrayLike<string>, problems: Problem[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (indexOf.has(id))
      problems.push({
        code: "duplicateTrainee",
        message: `学员 ${id} 在本批次中出现多次，决定只对第一次出现的记录生效`,
      });
    else indexOf.set(id, i);
  }
  return indexOf;
}

/** Trainees with a complete total and, when `failed` is given, no failed gate. */
function membersWhere(complete: Uint8Array, failed: Uint8Array | null): Int32Array {
  const members = new Int32Array(complete.length);
  let count = 0;
  for (let i = 0; i < complete.length; i++)
    if (complete[i] === 1 && (failed === null || failed[i] === 0)) members[count++] = i;
  return members.subarray(0, count);
}
