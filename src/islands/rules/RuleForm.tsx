/**
 * 本批次规则参数: the program's numeric parameters for this cohort. A change
 * is saved at once (setRuleOverrides) and the cohort re-scores; the changed
 * parameters are listed in words, with a button back to the published rules.
 */
import { useSignal } from "@preact/signals";
import { applyRulePatch } from "../../core/rules/cohort-rules.ts";
import type { RuleSet } from "../../core/rules/rule-schema.ts";
import type { ResultsStore } from "../results/results-store.ts";
import { describeRuleChanges, listRuleParameters, type RuleParameter } from "./rule-parameters.ts";

interface Props {
  store: ResultsStore;
  published: RuleSet;
}

/** The cohort's rule parameter form. */
export default function RuleForm({ store, published }: Props) {
  const message = useSignal<string | null>(null);
  const overrides = store.cohort.value.ruleOverrides;
  const patched = applyRulePatch(published, overrides);
  const current = patched.ok ? patched.rules : published;
  const parameters = listRuleParameters(published);
  const currentValue = new Map(listRuleParameters(current).map((p) => [p.path, p.published]));
  const changes = describeRuleChanges(published, store.changes.value);

  function change(parameter: RuleParameter, text: string): void {
    const entered = Number(text);
    if (text.trim() === "" || !Number.isFinite(entered)) {
      message.value = `「${parameter.label}」须为数字`;
      return;
    }
    message.value = store.changeRule(
      parameter.path,
      parameter.percent ? entered / 100 : entered,
      parameter.published,
    );
  }

  return (
    <section class="rule-form" aria-labelledby="rule-form-title">
      <h3 id="rule-form-title">本批次规则参数</h3>
      {changes.length === 0 ? (
        <p>本批次按项目公布的规则计算。</p>
      ) : (
        <div class="rule-changes" role="status">
          <p>本批次与公布的规则不同：</p>
          <ul>
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <button type="button" onClick={() => store.resetRules()}>
            恢复公布的规则
          </button>
        </div>
      )}
      <div class="rule-fields">
        {parameters.map((p) => {
          const value = currentValue.get(p.path) ?? p.published;
          return (
            <label key={p.path}>
              {p.label}
              {/* Uncontrolled, re-created when the stored value changes: a re-render while someone types
                  (another parameter's change coming back from the database) must not reset the box. */}
              <input
                key={value}
                type="number"
                step={p.integer ? 1 : "any"}
                defaultValue={String(p.percent ? Math.round(value * 1e6) / 1e4 : value)}
                onChange={(event) => change(p, event.currentTarget.value)}
              />
              {p.note !== null && <small>{p.note}</small>}
            </label>
          );
        })}
      </div>
      {message.value !== null && <p role="alert">{message.value}</p>}
    </section>
  );
}
