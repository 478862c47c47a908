/** A person's settling of a tie, checked before it is saved. */
import type { Tie } from "../../core/scoring/cut-places.ts";

/** Why these placings cannot settle the tie, or null when they can. */
export function checkPlaces(
  tie: Tie,
  places: Readonly<Record<string, string>>,
  reason: string,
): string | null {
  if (tie.candidates.some((id) => (places[id] ?? "") === "")) return "请为每位并列学员选择结果";
  for (const seat of tie.seats) {
    const count = tie.candidates.filter((id) => places[id] === seat.label).length;
    if (count !== seat.count) return `“${seat.label}”须恰好 ${seat.count} 人，现选了 ${count} 人`;
  }
  if (reason.trim() === "") return "须写明理由";
  return null;
}
