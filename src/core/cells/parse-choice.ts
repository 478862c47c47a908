/** One of a field's fixed choices (单位类型: 政府部门, 企业…), matched ignoring width and spaces. */
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { foldText, quote } from "./cell-text.ts";
import { parseText } from "./parse-text.ts";

// Built once per field's list rather than once per cell.
const lookups = new WeakMap<readonly string[], Map<string, string>>();

/** The listed choice the cell names, spelled as listed. */
export function parseChoice(cell: FilledCell, choices: readonly string[]): ParseResult<string> {
  const text = parseText(cell);
  if (!text.ok) return text;
  const found = lookupChoices(choices).get(toChoiceKey(text.value));
  return found === undefined
    ? fail(`${quote(text.value)}不在可选项中：${choices.map((c) => `「${c}」`).join("")}`)
    : succeed(found);
}

function lookupChoices(choices: readonly string[]): Map<string, string> {
  let lookup = lookups.get(choices);
  if (!lookup) {
    lookup = new Map(choices.map((c) => [toChoiceKey(c), c]));
    lookups.set(choices, lookup);
  }
  return lookup;
}

function toChoiceKey(text: string): string {
  return foldText(text).replace(/\s+/g, "");
}
