import { describe, expect, it } from "vitest";
import { makeTierChart } from "../../../../src/core/charts/make-tier-chart.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { rulesOf, trainee } from "../scoring/cohort-builders.ts";
import { printChart } from "./print-chart.ts";

const dj = rulesOf("dj-practical-talent-2024");
/** A member with the whole training (60) and `k` 商标 (2 points each), or 30 of 40 hours (45). */
const member = (id: string, k: number, done = 40) =>
  trainee(id, { trainingDone: done, trainingRequired: 40, trademarks: k });

// 20 qualified with distinct totals 60 + 2k, 2 below 60, 1 with no task (未录入): 22 assessed.
const cohort = [
  ...Array.from({ length: 20 }, (_, k) => member(`q${k}`, k)),
  member("f1", 0, 30),
  member("f2", 0, 30),
  trainee("new", { trainingDone: 0, trainingRequired: 0 }),
];

describe("tier shares", () => {
  it("count each tier with its share of those tiered, and say how the places were counted", () => {
    expect(printChart(makeTierChart(scoreCohort(dj, cohort)))).toMatchInlineSnapshot(`
      "等次分布［人］
      名额按全部参评人数 22 人计算：优秀 2 名、良好 6 名；缺考或未录入者不评等次。
      等次 | 计算结果
      优秀（9.1%） | 2
      良好（27.3%） | 6
      合格（54.5%） | 12
      不合格（9.1%） | 2"
    `);
  });

  it("add the counts after staff overrides beside the computed ones", () => {
    const scores = scoreCohort(dj, cohort, [
      { traineeId: "q17", kind: "tier", value: "优秀", reason: "参考所在企业意见" },
    ]);
    expect(makeTierChart(scores)?.series).toMatchInlineSnapshot(`
      [
        {
          "label": "计算结果",
          "values": [
            2,
            6,
            12,
            2,
          ],
        },
        {
          "label": "含人工调整",
          "values": [
            3,
            5,
            12,
            2,
          ],
        },
      ]
    `);
  });

  it("show 待定 while a tie at a cut is open", () => {
    const tied = [...cohort.slice(0, 19), member("q18b", 18), ...cohort.slice(19)];
    expect(makeTierChart(scoreCohort(dj, tied))?.labels).toContain("待定（并列）（8.7%）");
  });

  it("are not drawn without tiers", () => {
    expect(makeTierChart(scoreCohort(rulesOf("gd-ipo-2021"), []))).toBeNull();
  });
});
