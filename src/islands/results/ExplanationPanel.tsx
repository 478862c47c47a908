/**
 * 成绩说明: one trainee's result in words (explainTrainee): each component
 * with its figure, points and rule; the gates with their figures; make-up
 * history; admission and fee; the verdict; and people's adjustments beside
 * the computed result, with the form to make one.
 */
import { explainTrainee } from "../../core/scoring/explain-trainee.ts";
import type { ScoredCohort } from "../../export/scored-cohort.ts";
import OverrideForm from "../decisions/OverrideForm.tsx";
import type { ResultsStore } from "./results-store.ts";

interface Props {
  store: ResultsStore;
  scored: ScoredCohort;
  index: number;
  name: string;
  onClose: () => void;
}

const yesNo = (value: boolean | null): string => (value === null ? "—" : value ? "是" : "否");

/** The explanation of trainee `index`. */
export default function ExplanationPanel({ store, scored, index, name, onClose }: Props) {
  const e = explainTrainee(scored.scores, index, scored.names);
  return (
    <section class="explanation" aria-labelledby="explanation-title">
      <h3 id="explanation-title">成绩说明</h3>
      <p>
        <strong>{name}</strong>{" "}
        <button type="button" onClick={onClose}>
          关闭说明
        </button>
      </p>
      <table class="explanation-components">
        <caption>考核项</caption>
        <thead>
          <tr>
            <th scope="col">考核项</th>
            <th scope="col">数据</th>
            <th scope="col">得分</th>
            <th scope="col">规则</th>
          </tr>
        </thead>
        <tbody>
          {e.components.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>
                {c.figure}
                {c.note !== null && `（${c.note}）`}
              </td>
              <td>{c.pointsText}</td>
              <td>{c.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl class="facts">
        <dt>总分</dt>
        <dd>{e.totalText}</dd>
        <dt>名次</dt>
        <dd>{e.rank === null ? "—" : `${e.rankGroup === null ? "" : `${e.rankGroup} `}第 ${e.rank} 名`}</dd>
        <dt>结果</dt>
        <dd>{e.outcome}</dd>
        {e.tier !== null && (
          <>
            <dt>等次</dt>
            <dd>{e.tier}</dd>
          </>
        )}
        <dt>说明</dt>
        <dd>{e.verdict}</dd>
        {e.certificate !== null && (
          <>
            <dt>结业证书</dt>
            <dd>{yesNo(e.effective.certificate)}</dd>
          </>
        )}
        {e.talentPool !== null && (
          <>
            <dt>进入人才库</dt>
            <dd>{yesNo(e.effective.talentPool)}</dd>
          </>
        )}
        {e.admission !== null && (
          <>
            <dt>线下录取</dt>
            <dd>{e.admission.priority}</dd>
            <dt>培训费</dt>
            <dd>{e.admission.fee}</dd>
          </>
        )}
      </dl>
      {e.gates.length > 0 && (
        <>
          <h4>必要条件</h4>
          <ul>
            {e.gates.map((g) => (
              <li key={g.id}>
                {g.passed ? "满足" : g.missing ? "未录入" : "未满足"}：{g.text}（{g.rule}）
              </li>
            ))}
          </ul>
        </>
      )}
      {e.parts.length > 0 && (
        <>
          <h4>考试与补考</h4>
          <ul>
            {e.parts.map((p) => (
              <li key={p.id}>
                {p.label}：{p.state}（
                {p.attempts
                  .map(
                    (a) => `${a.name} ${a.figure}${a.passed === null ? "" : a.passed ? " 通过" : " 未通过"}`,
                  )
                  .join("；")}
                ）
              </li>
            ))}
          </ul>
        </>
      )}
      {e.overrides.length > 0 && (
        <>
          <h4>人工调整记录</h4>
          <ul>
            {e.overrides.map((o) => (
              <li key={o.kind}>
                计算结果 {o.computed}，人工调整为 {o.value}（理由：{o.reason}）
              </li>
            ))}
          </ul>
        </>
      )}
      <OverrideForm store={store} rules={scored.scores.rules} traineeKey={e.id} />
    </section>
  );
}
