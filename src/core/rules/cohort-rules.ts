/**
 * A cohort's own parameters: staff may change numbers and choices of the
 * published rules for one cohort (jy's weights, a quota, a pass mark). A
 * change is a path → value; the result is validated like the published
 * rules, and every result says which parameters differ from them.
 *
 * Paths are dotted (the form `staffSet` uses): `passMark.mark`,
 * `components.0.weight`. An array element may also be named by its `id`
 * (`components.workResults.weight`) or, for tier shares, by its tier
 * (`tiering.shares.优秀.share`); a leading "/" and "/" separators are accepted.
 */
import { ruleSet, type RuleSet } from "./rule-schema.ts";

/** A cohort's changes: parameter path → new value. */
export type RulePatch = Readonly<Record<string, unknown>>;

/** One parameter that differs from the published rules, under its canonical path. */
export interface RuleChange {
  path: string;
  published: unknown;
  value: unknown;
}

/** The patched rules with their changes, or what is wrong with the patch. */
export type PatchResult =
  { ok: true; rules: RuleSet; changes: RuleChange[] } | { ok: false; problems: string[] };

/** What identifies a rule and its wording: never a parameter. */
const FIXED_KEYS = new Set([
  "id",
  "label",
  "original",
  "kind",
  "measure",
  "makeUpMeasure",
  "thenBy",
  "chargedWhen",
  "waivedWhen",
  "unit",
  "note",
  "path",
  "decimals",
]);

/** Applies a cohort's changes to the published rules and validates the result. */
export function applyRulePatch(published: RuleSet, patch: RulePatch): PatchResult {
  const draft = structuredClone(published) as unknown;
  const problems: string[] = [];
  for (const [path, value] of Object.entries(patch)) {
    const found = locate(draft, path);
    if (typeof found === "string") {
      problems.push(found);
      continue;
    }
    const current = found.parent[found.key];
    if (FIXED_KEYS.has(String(found.key)) || typeof current === "object") {
      problems.push(`“${path}”不是可调整的参数`);
      continue;
    }
    if (typeof value !== typeof current) {
      problems.push(`“${path}”应为${describeType(current)}，收到的是${describeType(value)}`);
      continue;
    }
    found.parent[found.key] = value;
  }
  if (problems.length > 0) return { ok: false, problems };
  const parsed = ruleSet.safeParse(draft);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")}：${i.message}`) };
  return { ok: true, rules: parsed.data, changes: listRuleDifferences(published, parsed.data) };
}

/** Every parameter whose value differs between the published rules and a cohort's, by canonical path. */
export function listRuleDifferences(published: RuleSet, cohort: RuleSet): RuleChange[] {
  const changes: RuleChange[] = [];
  walkDifferences(published, cohort, [], changes);
  return changes;
}

/** The canonical form of a parameter path (`components.0.weight` → `components.workResults.weight`), or null. */
export function normalizeRulePath(rules: RuleSet, path: string): string | null {
  const found = locate(rules, path);
  return typeof found === "string" ? null : found.canonical;
}

type Container = Record<string | number, unknown>;

function locate(
  root: unknown,
  path: string,
): { parent: Container; key: string | number; canonical: string } | string {
  const segments = path.replace(/^\//, "").split(/[./]/);
  let node: unknown = root;
  const canonical: string[] = [];
  for (const [k, segment] of segments.entries()) {
    if (node === null || typeof node !== "object") return `参数路径“${path}”不存在`;
    const key = Array.isArray(node) ? findElement(node, segment) : segment;
    if (key === null || !(key in node)) return `参数路径“${path}”不存在`;
    canonical.push(Array.isArray(node) ? nameElement(node, key as number) : segment);
    if (k === segments.length - 1) return { parent: node as Container, key, canonical: canonical.join(".") };
    node = (node as Container)[key];
  }
  return `参数路径“${path}”不存在`;
}

/** An array element by index, `id` or `tier`. */
function findElement(list: readonly unknown[], segment: string): number | null {
  if (/^\d+$/.test(segment)) return Number(segment) < list.length ? Number(segment) : null;
  const k = list.findIndex((e) => nameOf(e) === segment);
  return k < 0 ? null : k;
}

function nameOf(element: unknown): string | null {
  if (element === null || typeof element !== "object") return null;
  const e = element as { id?: unknown; tier?: unknown };
  if (typeof e.id === "string") return e.id;
  return typeof e.tier === "string" ? e.tier : null;
}

function nameElement(list: readonly unknown[], k: number): string {
  return nameOf(list[k]) ?? String(k);
}

function walkDifferences(a: unknown, b: unknown, path: string[], out: RuleChange[]): void {
  const bothObjects = a !== null && b !== null && typeof a === "object" && typeof b === "object";
  if (!bothObjects) {
    if (a !== b) out.push({ path: path.join("."), published: a, value: b });
    return;
  }
  if (
    Array.isArray(a) !== Array.isArray(b) ||
    (Array.isArray(a) && Array.isArray(b) && a.length !== b.length)
  ) {
    out.push({ path: path.join("."), published: a, value: b });
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const name = Array.isArray(a) ? nameElement(a, Number(key)) : key;
    walkDifferences((a as Container)[key], (b as Container)[key], [...path, name], out);
  }
}

function describeType(value: unknown): string {
  if (typeof value === "number") return "数值";
  if (typeof value === "boolean") return "是/否";
  if (typeof value === "string") return "文字";
  return "其他类型";
}
