import { describe, expect, it } from "vitest";
import { makeComponentsChart } from "../../../../src/core/charts/make-components-chart.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { rulesOf, trainee } from "../scoring/cohort-builders.ts";
import { printChart } from "./print-chart.ts";

const gd = rulesOf("gd-ipo-2021");
const cohort = [
  trainee("pass1", { onlineHours: 20, offlineSessions: 1, exam: 100 }),
  trainee("pass2", { onlineHours: 30, offlineSessions: 2, exam: 70 }),
  trainee("noOffline", { onlineHours: 20, offlineSessions: 0, exam: 90 }),
  trainee("fewHours", { onlineHours: 10, offlineSessions: 1, exam: 80 }),
  trainee("absent", { onlineHours: 20, offlineSessions: 1, exam: null }),
];

describe("components stacked per outcome", () => {
  it("give each outcome the mean points of every component, leaving out 缺考", () => {
    expect(printChart(makeComponentsChart(scoreCohort(gd, cohort)))).toMatchInlineSnapshot(`
      "各结果的平均得分构成［分，堆叠］
      每段为该结果学员在此考核项的平均得分；缺考或未录入的学员总分不完整，未计入。
      结果 | 线上培训 | 线下培训 | 考试
      通过（2 人） | 35 | 35 | 25.5
      未通过（2 人） | 26.25 | 17.5 | 25.5"
    `);
  });

  it("follow the filters", () => {
    const data = makeComponentsChart(scoreCohort(gd, cohort), [1, 0, 1, 0, 0]);
    expect(data?.labels).toEqual(["通过（1 人）", "未通过（1 人）"]);
    expect(data?.series.map((s) => s.values)).toEqual([
      [35, 35],
      [35, 0],
      [30, 27],
    ]);
  });

  it("are not drawn for a program with no components", () => {
    expect(makeComponentsChart(scoreCohort(rulesOf("hb-bxwq-2023"), []))).toBeNull();
  });
});
