import { describe, expect, it } from "vitest";
import { ruleSet } from "../../../../src/core/rules/rule-schema.ts";

const base = { decimals: 2, gates: [], ranking: { tieBreak: [] }, targets: [], staffSet: [] } as const;
const linear = (id: string, weight: number) => ({
  id,
  label: id,
  original: "原文",
  kind: "linear",
  measure: "hours",
  full: 20,
  weight,
});

describe("ruleSet", () => {
  it("rejects weights that do not add up to the stated total", () => {
    const r = ruleSet.safeParse({ ...base, maxTotal: 100, components: [linear("a", 35), linear("b", 35)] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatchInlineSnapshot(`"各考核项满分之和为 70，与总分 100 不符"`);
  });

  it("accepts weights that add up", () => {
    const r = ruleSet.safeParse({ ...base, maxTotal: 70, components: [linear("a", 35), linear("b", 35)] });
    expect(r.success).toBe(true);
  });
});
