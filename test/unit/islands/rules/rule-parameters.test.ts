import { describe, expect, test } from "vitest";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import { describeRuleChanges, listRuleParameters } from "../../../../src/islands/rules/rule-parameters.ts";
import { loadProgram } from "../../helpers/load-programs.ts";

const rulesOf = (slug: string) => loadProgram(slug).data.rules;

describe("the cohort's rule parameters", () => {
  test("lists weights, gate values and the pass mark of gd-ipo-2021 with readable labels", () => {
    expect(listRuleParameters(rulesOf("gd-ipo-2021")).map((p) => `${p.label} ${p.published}`))
      .toMatchInlineSnapshot(`
        [
          "考核项「线上培训」满分 35",
          "考核项「线下培训」满分 35",
          "考核项「考试」满分 30",
          "必要条件「线上学时」的界限 20",
          "必要条件「线下期数」的界限 1",
          "必要条件「考试成绩」的界限 60",
          "通过考核的总分线 75",
        ]
      `);
  });

  test("lists tier shares as percentages", () => {
    const shares = listRuleParameters(rulesOf("dj-practical-talent-2024")).filter((p) => p.percent);
    expect(shares.map((p) => [p.path, p.published])).toEqual([
      ["tiering.shares.优秀.share", 0.1],
      ["tiering.shares.良好.share", 0.3],
    ]);
  });

  test("names each changed parameter in words with its published and new value", () => {
    const published = rulesOf("dj-practical-talent-2024");
    const patched = applyRulePatch(published, { "tiering.failBelow": 50, "tiering.shares.优秀.share": 0.2 });
    if (!patched.ok) throw new Error(patched.problems.join("；"));
    expect(describeRuleChanges(published, patched.changes)).toMatchInlineSnapshot(`
      [
        "低于此分为不合格：60 → 50",
        "优秀的比例（%）：10% → 20%",
      ]
    `);
  });
});
