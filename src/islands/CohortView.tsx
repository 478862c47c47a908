/** One cohort: what it is, its import wizard and its import history. */
import type { Cohort } from "../core/workspace/workspace-schema.ts";
import { formatCount } from "./format-figures.ts";
import ImportHistory from "./ImportHistory.tsx";
import ImportWizard from "./ImportWizard.tsx";
import CohortResults from "./results/CohortResults.tsx";
import type { WorkspaceProgram } from "./workspace-program.ts";
import type { WorkspaceStore } from "./workspace-store.ts";

interface Props {
  store: WorkspaceStore;
  cohort: Cohort;
  program: WorkspaceProgram;
}

/** The cohort page within the workspace. */
export default function CohortView({ store, cohort, program }: Props) {
  const changed = Object.keys(cohort.ruleOverrides).length > 0;
  return (
    <section aria-labelledby="cohort-title">
      <p>
        <a href="#">← 全部批次</a>
      </p>
      <h2 id="cohort-title">{cohort.name}</h2>
      <dl class="facts">
        <dt>培训项目</dt>
        <dd>{program.title}</dd>
        <dt>年度</dt>
        <dd>{cohort.year}</dd>
        <dt>已导入</dt>
        <dd>{formatCount(cohort.rowCount)} 行</dd>
        <dt>考核规则</dt>
        <dd>{changed ? "与公布的规则不同（见“本批次规则参数”）" : "按项目公布的规则"}</dd>
      </dl>
      <ImportWizard
        key={cohort.id}
        program={program}
        cohortId={cohort.id}
        onSaved={() => void store.afterImport()}
      />
      <ImportHistory store={store} />
      {cohort.rowCount > 0 && <CohortResults key={cohort.id} cohort={cohort} program={program} />}
    </section>
  );
}
