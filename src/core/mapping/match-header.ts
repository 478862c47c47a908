/**
 * Matching one header to a program's fields by name: exactly on the
 * normalised label or an alias first, then without bracketed units, then
 * the child half of a "父-子" header, and last by containment. Never by
 * edit distance: on two-character headers it pairs 性别 with 姓名.
 */
import type { Field } from "../fields/field-schema.ts";
import { toHeaderKeys } from "./normalize-header.ts";
import { isQuestionnaireMeta } from "./questionnaire-export.ts";

/** Why a column was given its field. */
export type MatchReason = "label" | "alias" | "partial" | "content";

/** A field a header names, why, and how sure (1 = the label itself). */
export interface HeaderMatch {
  fieldKey: string;
  reason: MatchReason;
  confidence: number;
}

/** The program's names, normalised once per file rather than once per column. */
export interface HeaderIndex {
  full: Map<string, HeaderMatch>;
  stem: Map<string, HeaderMatch>;
  stems: { stem: string; fieldKey: string }[];
}

const confidence = { label: 1, alias: 0.95, stem: 0.9, child: 0.85, partial: 0.6 };
// Containment on one character would let 名 or 号 claim half the sheet.
const shortestContained = 2;

/** Normalises every label and alias; where two fields share a name, the first listed keeps it. */
export function buildHeaderIndex(fields: readonly Field[]): HeaderIndex {
  const index: HeaderIndex = { full: new Map(), stem: new Map(), stems: [] };
  const names = fields.flatMap((f) => [
    { text: f.label, fieldKey: f.key, reason: "label" as const },
    ...f.aliases.map((text) => ({ text, fieldKey: f.key, reason: "alias" as const })),
  ]);
  // Labels first, so an alias of one field never shadows another field's label.
  names.sort((a, b) => Number(a.reason === "alias") - Number(b.reason === "alias"));
  for (const { text, fieldKey, reason } of names) {
    const keys = toHeaderKeys(text);
    if (!index.full.has(keys.full))
      index.full.set(keys.full, { fieldKey, reason, confidence: confidence[reason] });
    if (!index.stem.has(keys.stem))
      index.stem.set(keys.stem, { fieldKey, reason, confidence: confidence.stem });
    if (keys.stem.length >= shortestContained) index.stems.push({ stem: keys.stem, fieldKey });
  }
  return index;
}

/** The field a header names, or undefined. */
export function matchHeader(header: string, index: HeaderIndex): HeaderMatch | undefined {
  const keys = toHeaderKeys(header);
  if (keys.full === "") return undefined;
  const exact = index.full.get(keys.full) ?? index.stem.get(keys.stem);
  if (exact) return exact;
  const child = matchChild(keys.full, index);
  if (child) return child;
  return isQuestionnaireMeta(header) ? undefined : matchContained(keys.stem, index);
}

// "成绩-考试成绩" from a two-row header: the child names the column.
function matchChild(full: string, index: HeaderIndex): HeaderMatch | undefined {
  const dash = full.lastIndexOf("-");
  if (dash < 0) return undefined;
  const child = toHeaderKeys(full.slice(dash + 1));
  const found = index.full.get(child.full) ?? index.stem.get(child.stem);
  return found && { ...found, confidence: confidence.child };
}

// The longest name the header contains ("您的手机号码是" ⊃ 手机号码); a tie between fields is no match.
function matchContained(stem: string, index: HeaderIndex): HeaderMatch | undefined {
  let best: { stem: string; fieldKey: string } | undefined;
  let tied = false;
  for (const name of index.stems) {
    if (!stem.includes(name.stem)) continue;
    if (!best || name.stem.length > best.stem.length) {
      best = name;
      tied = false;
    } else if (name.stem.length === best.stem.length && name.fieldKey !== best.fieldKey) tied = true;
  }
  return best && !tied
    ? { fieldKey: best.fieldKey, reason: "partial", confidence: confidence.partial }
    : undefined;
}
