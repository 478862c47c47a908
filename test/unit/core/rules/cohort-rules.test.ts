import { describe, expect, it } from "vitest";
import {
  applyRulePatch,
  listRuleDifferences,
  normalizeRulePath,
} from "../../../../src/core/rules/cohort-rules.ts";
import { loadPrograms } from "../../helpers/load-programs.ts";

const programs = loadPrograms();
const rulesOf = (slug: string) => {
  const entry = programs.get(slug);
  if (entry === undefined) throw new Error(slug);
  return entry.data.rules;
};
const gd = rulesOf("gd-ipo-2021");
const dj = rulesOf("dj-practical-talent-2024");

describe("cohort rules", () => {
  it("change a parameter named by index, id or tier, and list it under its canonical path", () => {
    const patched = applyRulePatch(dj, {
      "tiering.shares.优秀.share": 0.15,
      "components/0/weight": 60,
      "/tiering/failBelow": 55,
    });
    expect(patched.ok && patched.changes).toEqual([
      { path: "tiering.failBelow", published: 60, value: 55 },
      { path: "tiering.shares.优秀.share", published: 0.1, value: 0.15 },
    ]);
  });

  it("leave the published rules untouched", () => {
    applyRulePatch(gd, { "passMark.mark": 80 });
    expect(gd.passMark?.mark).toBe(75);
  });

  it("refuse unknown paths, wording and values of the wrong type", () => {
    const patched = applyRulePatch(gd, {
      "passMark.bar": 80,
      "passMark.label": "合格线",
      "components.online.weight": "35",
      "gates.0": 1,
    });
    expect(patched.ok ? [] : patched.problems).toMatchInlineSnapshot(`
      [
        "参数路径“passMark.bar”不存在",
        "“passMark.label”不是可调整的参数",
        "“components.online.weight”应为数值，收到的是文字",
        "“gates.0”不是可调整的参数",
      ]
    `);
  });

  it("validate the patched rules like the published ones", () => {
    const patched = applyRulePatch(gd, { "passMark.op": "≥" });
    expect(patched.ok ? [] : patched.problems).toMatchInlineSnapshot(`
      [
        "passMark.op：Invalid option: expected one of ">"|">="|"<"|"<="",
      ]
    `);
  });

  it("find no difference between the published rules and themselves", () => {
    expect(listRuleDifferences(gd, structuredClone(gd))).toEqual([]);
  });

  it("resolve every staff-set path of every program", () => {
    for (const { data } of programs.values())
      for (const s of data.rules.staffSet)
        expect(normalizeRulePath(data.rules, s.path), s.path).not.toBeNull();
    expect(normalizeRulePath(rulesOf("jy-talent-plan-2022"), "components.0.weight")).toBe(
      "components.workResults.weight",
    );
  });
});
