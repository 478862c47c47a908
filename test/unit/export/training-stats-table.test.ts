import { describe, expect, it } from "vitest";
import { buildTrainingStatsTable } from "../../../src/export/training-stats-table.ts";
import { loadProgram } from "../helpers/load-programs.ts";
import { scoredOf, sheetOf } from "./cohorts.ts";
import { printTable } from "./print-table.ts";

const template = loadProgram("hb-bxwq-2023").data.templates.find((t) => t.id === "training-stats")!;
const jiangxia = sheetOf(
  "hb-bxwq-2023",
  "training-stats",
  ["seq", "className", "content", "audience", "headcount", "date", "place", "host"],
  [
    [
      7,
      "江夏区专利导航培训班",
      "专利导航",
      "区内企业",
      80,
      "2023-03-01",
      "江夏区政务中心",
      "武汉市江夏区市场监督管理局",
    ],
    [8, '=HYPERLINK("x")', null, null, 45, "2023-04-12", null, "武汉市江夏区市场监督管理局"],
  ],
  "江夏.xlsx",
);
const huangpi = sheetOf(
  "hb-bxwq-2023",
  "training-stats",
  ["className", "headcount", "date"],
  [["黄陂区商标品牌培训", 60, "2023-05-20"]],
  "黄陂.xlsx",
);
const plan = sheetOf(
  "hb-bxwq-2023",
  "training-plan",
  ["region", "county", "className", "courses", "headcount", "enterprises"],
  [["武汉", "新洲区", "新洲区计划培训", "1、2", 100, 50]],
  "计划.xlsx",
);

describe("the 培训情况统计表", () => {
  it("has the form's title, the 单位（盖章） line and the seed's eight columns, one row per class held, numbered afresh", () => {
    const { trainingClasses } = scoredOf("hb-bxwq-2023", [jiangxia, plan, huangpi]);
    const table = buildTrainingStatsTable(template, trainingClasses, { unit: "武汉市知识产权局" });
    expect(printTable(table)).toMatchInlineSnapshot(`
      "2023 年全省“百县万企”知识产权大培训情况统计表
      单位（盖章）：武汉市知识产权局
      序号 | 培训班名称 | 培训内容 | 培训对象 | 人数 | 时间 | 地点 | 主办单位
      1 | 江夏区专利导航培训班 | 专利导航 | 区内企业 | 80 | 2023年3月1日 | 江夏区政务中心 | 武汉市江夏区市场监督管理局
      2 | =HYPERLINK("x") |  |  | 45 | 2023年4月12日 |  | 武汉市江夏区市场监督管理局
      3 | 黄陂区商标品牌培训 |  |  | 60 | 2023年5月20日 |  | "
    `);
  });

  it("leaves the unit blank for a stamp when none is given", () => {
    const table = buildTrainingStatsTable(template, [], { unit: "" });
    expect(table.titleRows?.[1]).toBe("单位（盖章）：");
  });
});
