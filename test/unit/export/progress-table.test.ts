import { describe, expect, it } from "vitest";
import { measureProgress } from "../../../src/core/scoring/measure-progress.ts";
import { buildProgressTable } from "../../../src/export/progress-table.ts";
import { loadProgram } from "../helpers/load-programs.ts";

describe("the 目标进度 table", () => {
  it("gives each target's count against its value, then its breakdowns", () => {
    const { targets } = loadProgram("jy-talent-plan-2022").data.rules;
    const progress = measureProgress(targets, {
      participations: [
        { year: 2022, category: "管理" },
        { year: 2022, category: "保护" },
        { year: 2023, category: "管理" },
      ],
    });
    const table = buildProgressTable(progress);
    expect([table.header, ...table.rows]).toMatchInlineSnapshot(`
      [
        [
          "目标",
          "分项",
          "完成",
          "目标值",
          "单位",
          "截至年份",
          "完成比例",
        ],
        [
          "知识产权人才培训规模",
          "合计",
          3,
          2000,
          "人次",
          2025,
          "0.2%",
        ],
        [
          "知识产权人才培训规模",
          "年度：2022",
          2,
          null,
          "人次",
          null,
          null,
        ],
        [
          "知识产权人才培训规模",
          "年度：2023",
          1,
          null,
          "人次",
          null,
          null,
        ],
        [
          "知识产权人才培训规模",
          "人才类别：保护",
          1,
          null,
          "人次",
          null,
          null,
        ],
        [
          "知识产权人才培训规模",
          "人才类别：管理",
          2,
          null,
          "人次",
          null,
          null,
        ],
      ]
    `);
  });
});
