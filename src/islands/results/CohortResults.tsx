/**
 * A cohort's results section: the scored cohort (re-scored whenever its rows,
 * decisions or rule parameters change), the rule form, the ties to settle,
 * the table with the open explanation, the charts following the table's
 * filters, and the exports.
 */
import { computed } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import type { Cohort } from "../../core/workspace/workspace-schema.ts";
import { readPersonCells } from "../../export/person-cells.ts";
import CohortCharts from "../charts/CohortCharts.tsx";
import TieList from "../decisions/TieList.tsx";
import ExportPanel from "../export/ExportPanel.tsx";
import RuleForm from "../rules/RuleForm.tsx";
import { getWorkspaceDb } from "../workspace-db.ts";
import type { WorkspaceProgram } from "../workspace-program.ts";
import ExplanationPanel from "./ExplanationPanel.tsx";
import ResultsTable from "./ResultsTable.tsx";
import { createResultsStore } from "./results-store.ts";
import { createTableStore } from "./table-store.ts";
import "./results.css";

interface Props {
  cohort: Cohort;
  program: WorkspaceProgram;
}

/** Results, decisions, rule parameters, charts and exports of one cohort. */
export default function CohortResults({ cohort, program }: Props) {
  const { store, table } = useMemo(() => {
    const store = createResultsStore(getWorkspaceDb(), program, cohort);
    const scored = computed(() => {
      const s = store.scoring.value;
      return s?.ok === true ? s.scored : null;
    });
    return { store, table: createTableStore(scored) };
    // One store per cohort: the caller keys this component by the cohort's id.
  }, []);
  useEffect(() => store.start(), [store]);
  store.setCohort(cohort);
  const fields = useMemo(() => program.templates.flatMap((t) => t.fields), [program]);

  const scoring = store.scoring.value;
  if (scoring === null) return <p aria-live="polite">正在计算成绩…</p>;
  if (!scoring.ok)
    return (
      <>
        <p role="alert">本批次调整过的考核参数不能使用：{scoring.problems.join("；")}</p>
        <RuleForm store={store} published={program.rules} />
      </>
    );
  const scored = scoring.scored;
  const person = readPersonCells(scored.matched, false);
  const nameOf = (id: string): string => {
    const i = Array.prototype.indexOf.call(scored.scores.table.ids, id);
    return i < 0 ? id : String(person.read("name", i) ?? id);
  };
  const open = table.openIndex.value;
  const mask = table.mask.value;
  return (
    <>
      {store.error.value !== null && <p role="alert">{store.error.value}</p>}
      <RuleForm store={store} published={program.rules} />
      <TieList store={store} ties={scored.scores.ties} nameOf={nameOf} />
      <ResultsTable table={table} />
      {open !== null && (
        <ExplanationPanel
          key={open}
          store={store}
          scored={scored}
          index={open}
          name={String(person.read("name", open) ?? "")}
          onClose={() => (table.openId.value = null)}
        />
      )}
      <CohortCharts
        scores={scored.scores}
        progress={scored.progress}
        fields={fields}
        mask={mask.length === 0 ? null : mask}
        name={cohort.name}
      />
      <ExportPanel slug={program.slug} scored={scored} />
    </>
  );
}
