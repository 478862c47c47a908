/**
 * 待定的并列: every tie straddling a quota or tier cut, for a person to
 * settle: choose, member by member, which place each takes (the counts must
 * fit the seats), with a reason. Saved as one "tie" decision per member.
 */
import { useSignal } from "@preact/signals";
import type { Tie } from "../../core/scoring/cut-places.ts";
import { formatPoints } from "../../core/scoring/hundredths.ts";
import type { ResultsStore } from "../results/results-store.ts";
import { checkPlaces } from "./check-places.ts";
import ReasonAndSubmit from "./ReasonAndSubmit.tsx";

interface Props {
  store: ResultsStore;
  ties: readonly Tie[];
  /** A trainee's name for the list (their key when the sheet gave none). */
  nameOf: (id: string) => string;
}

/** The cohort's ties at each cut. */
export default function TieList({ store, ties, nameOf }: Props) {
  return (
    <section class="ties" aria-labelledby="ties-title">
      <h3 id="ties-title">待定的并列</h3>
      {ties.length === 0 ? (
        <p>没有跨越名额或等次界限的并列。</p>
      ) : (
        ties.map((tie) => <TieForm key={tie.key} store={store} tie={tie} nameOf={nameOf} />)
      )}
    </section>
  );
}

function TieForm({ store, tie, nameOf }: { store: ResultsStore; tie: Tie; nameOf: (id: string) => string }) {
  const chosen = store.decisions.value.filter(
    (d) => d.kind === "tie" && tie.candidates.includes(d.traineeKey),
  );
  const places = useSignal<Record<string, string>>(
    Object.fromEntries(chosen.map((d) => [d.traineeKey, d.value])),
  );
  const reason = useSignal(chosen[0]?.reason ?? "");
  const message = useSignal<string | null>(null);
  const title = `${tie.group === null ? "" : `${tie.group}：`}第 ${tie.rank} 名并列 ${tie.candidates.length} 人（总分 ${formatPoints(tie.total)}）`;
  const seats = tie.seats.map((s) => `${s.label} ${s.count} 人`).join("，");
  return (
    <form
      class="tie"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        message.value = checkPlaces(tie, places.value, reason.value);
        if (message.value !== null) return;
        void Promise.all(
          tie.candidates.map((id) =>
            store.decide({
              traineeKey: id,
              kind: "tie",
              value: places.value[id] ?? "",
              reason: reason.value,
            }),
          ),
        ).then((refusals) => (message.value = refusals.find((r) => r !== null) ?? null));
      }}
    >
      <h4>
        {title}
        {tie.decided ? "（已决定）" : "（待决定）"}
      </h4>
      <p>可分配：{seats}</p>
      <ul>
        {tie.candidates.map((id) => (
          <li key={id}>
            <label>
              {nameOf(id)}
              <select
                value={places.value[id] ?? ""}
                onChange={(event) => (places.value = { ...places.value, [id]: event.currentTarget.value })}
              >
                <option value="">请选择</option>
                {tie.seats.map((s) => (
                  <option key={s.label} value={s.label}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <ReasonAndSubmit reason={reason} message={message} submitLabel="保存决定" />
    </form>
  );
}
