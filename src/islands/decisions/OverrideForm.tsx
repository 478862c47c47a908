/**
 * 人工调整: replaces a trainee's computed tier or selection with a person's
 * choice and a required reason, kept beside the computed result; an existing
 * adjustment is shown with a button to withdraw it.
 */
import { useSignal } from "@preact/signals";
import { listTiers } from "../../core/scoring/assign-tiers.ts";
import { selectionPlaces } from "../../core/scoring/select-quota.ts";
import type { RuleSet } from "../../core/rules/rule-schema.ts";
import type { Decision } from "../../core/workspace/workspace-schema.ts";
import type { ResultsStore } from "../results/results-store.ts";
import ReasonAndSubmit from "./ReasonAndSubmit.tsx";

interface Props {
  store: ResultsStore;
  rules: RuleSet;
  traineeKey: string;
}

/** What can be adjusted under `rules`: tiers when they may be overridden, else the selection. */
function adjustable(rules: RuleSet): { kind: "tier" | "selection"; choices: string[] } | null {
  if (rules.tiering?.overridable === true) return { kind: "tier", choices: listTiers(rules.tiering) };
  if (rules.selection !== undefined) return { kind: "selection", choices: [...selectionPlaces] };
  return null;
}

/** The adjustment form of one trainee. */
export default function OverrideForm({ store, rules, traineeKey }: Props) {
  const value = useSignal("");
  const reason = useSignal("");
  const message = useSignal<string | null>(null);
  const target = adjustable(rules);
  const existing = store.decisions.value.filter(
    (d: Decision) => d.traineeKey === traineeKey && d.kind !== "tie",
  );
  if (target === null) return <p class="results-note">本项目的结果不设人工调整。</p>;
  return (
    <section class="override" aria-labelledby="override-title">
      <h4 id="override-title">人工调整</h4>
      {existing.map((d) => (
        <p key={d.id} class="override-current">
          已调整为 <strong>{d.value}</strong>，理由：{d.reason}{" "}
          <button type="button" onClick={() => void store.withdraw(d.id)}>
            撤销调整
          </button>
        </p>
      ))}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void store
            .decide({ traineeKey, kind: target.kind, value: value.value, reason: reason.value })
            .then((refused) => {
              message.value = refused;
              if (refused === null) reason.value = "";
            });
        }}
      >
        <label>
          {target.kind === "tier" ? "调整后的等次" : "调整后的遴选结果"}
          <select value={value.value} onChange={(event) => (value.value = event.currentTarget.value)}>
            <option value="">请选择</option>
            {target.choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <ReasonAndSubmit reason={reason} message={message} submitLabel="保存调整" />
      </form>
    </section>
  );
}
