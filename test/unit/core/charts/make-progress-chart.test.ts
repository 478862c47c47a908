import { describe, expect, it } from "vitest";
import { makeProgressChart } from "../../../../src/core/charts/make-progress-chart.ts";
import type { Target } from "../../../../src/core/rules/rule-schema.ts";
import { measureProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { rulesOf } from "../scoring/cohort-builders.ts";
import { printChart } from "./print-chart.ts";

describe("progress toward a target", () => {
  it("stacks person-times by year and category, with the reach in the title", () => {
    const [progress] = measureProgress(rulesOf("jy-talent-plan-2022").targets, {
      participations: [
        { year: 2021, category: "管理" },
        { year: 2021, category: "管理" },
        { year: 2021, category: "保护" },
        { year: 2022, category: "管理", personTimes: 3 },
        { year: 2022, category: "研究" },
      ],
    });
    if (progress === undefined) throw new Error("no target");
    expect(printChart(makeProgressChart(progress))).toMatchInlineSnapshot(`
      "知识产权人才培训规模：7 / 2000 人次（0.4%），目标年份 2025［人次，堆叠］
      年度 | 保护 | 管理 | 研究
      2021 | 1 | 2 | 0
      2022 | 0 | 3 | 1"
    `);
  });

  it("puts the categories in the plan's order", () => {
    const [progress] = measureProgress(rulesOf("jy-talent-plan-2022").targets, {
      participations: [
        { year: 2021, category: "研究" },
        { year: 2021, category: "保护" },
        { year: 2021, category: "管理" },
      ],
    });
    if (progress === undefined) throw new Error("no target");
    const data = makeProgressChart(progress, ["管理", "保护", "运用", "服务", "国际化", "研究"]);
    expect(data.series.map((s) => s.label)).toEqual(["管理", "保护", "研究"]);
  });

  it("counts counties covered per 市州, and says how many records could not count", () => {
    const [, counties] = measureProgress(rulesOf("hb-bxwq-2023").targets, {
      trainingClasses: [
        { region: "武汉", county: "江夏区" },
        { region: "武汉", county: "江夏区" },
        { region: "武汉", county: "洪山区" },
        { region: "宜昌", county: "夷陵区" },
        { region: "宜昌" },
      ],
    });
    if (counties === undefined) throw new Error("no target");
    expect(printChart(makeProgressChart(counties))).toMatchInlineSnapshot(`
      "覆盖县（市）区：3 / 103 个（2.9%），目标年份 2023［个］
      1 条记录缺少此项数据，未计入。
      市州 | 覆盖县（市）区
      宜昌 | 1
      武汉 | 2"
    `);
  });

  it("sets the reach beside the target where the target has no breakdown", () => {
    const target: Target = {
      id: "trainees",
      label: "培训人数",
      original: "培训 100 人",
      counts: "personTimes",
      value: 100,
      bound: "atLeast",
      unit: "人",
      breakdown: [],
    };
    const [progress] = measureProgress([target], { participations: [{}, {}, {}] });
    if (progress === undefined) throw new Error("no target");
    expect(printChart(makeProgressChart(progress))).toMatchInlineSnapshot(`
      "培训人数：3 / 100 人（3%）［人］
      进度 | 培训人数
      已完成 | 3
      目标 | 100"
    `);
  });
});
