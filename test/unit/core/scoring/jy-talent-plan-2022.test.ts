/**
 * jy-talent-plan-2022 (seed 003): no pass mark. An indicator score from 工作成果,
 * 团队合作 and 领导能力 whose weights staff set (published defaults 40/30/30),
 * and progress toward 2,000 person-times by year and talent category.
 */
import { describe, expect, it } from "vitest";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import { measureProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { explain, rowOf, rulesOf, trainee } from "./cohort-builders.ts";

const rules = rulesOf("jy-talent-plan-2022");
const cohort = [
  // 40 × 90 / 100 + 30 × 80 / 100 + 30 × 70 / 100 = 36 + 24 + 21 = 81.00
  trainee("甲", { workResults: 90, teamwork: 80, leadership: 70 }, { category: "管理" }),
  // 40 × 70 / 100 + 30 × 90 / 100 + 30 × 90 / 100 = 28 + 27 + 27 = 82.00
  trainee("乙", { workResults: 70, teamwork: 90, leadership: 90 }, { category: "服务" }),
  trainee("丙", { workResults: 85, teamwork: null, leadership: 60 }, { category: "保护" }),
];

describe("jy-talent-plan-2022 indicator scores", () => {
  it("weights the indicators 40/30/30 and ranks them, with no pass or fail", () => {
    const scores = scoreCohort(rules, cohort);
    expect(rowOf(scores, "甲")).toMatchObject({ total: "81.00", rank: 2, outcome: "已评分" });
    expect(rowOf(scores, "乙")).toMatchObject({ total: "82.00", rank: 1, outcome: "已评分" });
  });

  it("reports an indicator not yet scored as 未录入", () => {
    const scores = scoreCohort(rules, cohort);
    expect(rowOf(scores, "丙").outcome).toBe("缺考或未录入");
    expect(explain(scores, "丙", "jy-talent-plan-2022").verdict).toMatchInlineSnapshot(`"团队合作 未录入"`);
  });

  it("rescores with the weights staff set, and lists what differs from the published rules", () => {
    const patched = applyRulePatch(rules, {
      "components.0.weight": 50,
      "components.1.weight": 20,
      "components.2.weight": 30,
    });
    if (!patched.ok) throw new Error(patched.problems.join("\n"));
    // 甲: 50 × 0.9 + 20 × 0.8 + 30 × 0.7 = 45 + 16 + 21 = 82.00; 乙: 35 + 18 + 27 = 80.00
    const scores = scoreCohort(patched.rules, cohort);
    expect([rowOf(scores, "甲").total, rowOf(scores, "乙").total]).toEqual(["82.00", "80.00"]);
    expect(patched.changes).toEqual([
      { path: "components.workResults.weight", published: 40, value: 50 },
      { path: "components.teamwork.weight", published: 30, value: 20 },
    ]);
  });

  it("refuses weights that no longer add up to 100", () => {
    const patched = applyRulePatch(rules, { "components.0.weight": 50 });
    expect(patched.ok ? [] : patched.problems).toMatchInlineSnapshot(`
      [
        "components：各考核项满分之和为 110，与总分 100 不符",
      ]
    `);
  });
});

describe("jy-talent-plan-2022 progress toward 2,000 person-times", () => {
  const participations = [
    { year: 2022, category: "管理" },
    { year: 2022, category: "管理" },
    { year: 2022, category: "保护" },
    { year: 2023, category: "管理", personTimes: 40 },
    { year: 2023 },
  ];
  const [progress] = measureProgress(rules.targets, { participations });

  it("sums person-times, one per participation unless a row says more", () => {
    expect(progress).toMatchObject({ value: 44, target: 2000, unit: "人次", by: 2025, share: 0.022 });
  });

  it("breaks person-times down by year and by category, and crosses the two", () => {
    expect(progress?.breakdowns).toEqual([
      {
        by: "year",
        rows: [
          { key: "2022", value: 3 },
          { key: "2023", value: 41 },
        ],
      },
      {
        by: "category",
        rows: [
          { key: "保护", value: 1 },
          { key: "未录入", value: 1 },
          { key: "管理", value: 42 },
        ],
      },
    ]);
    expect(progress?.cross?.cells).toEqual([
      { row: "2022", column: "保护", value: 1 },
      { row: "2022", column: "管理", value: 2 },
      { row: "2023", column: "未录入", value: 1 },
      { row: "2023", column: "管理", value: 40 },
    ]);
  });
});
