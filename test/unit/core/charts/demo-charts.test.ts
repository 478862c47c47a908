/** Which charts each program's demo cohort draws: every kind the program's rules and targets call for. */
import { describe, expect, it } from "vitest";
import { makeComponentsChart } from "../../../../src/core/charts/make-components-chart.ts";
import { makeProgressChart } from "../../../../src/core/charts/make-progress-chart.ts";
import { makeRateChart } from "../../../../src/core/charts/make-rate-chart.ts";
import { makeTierChart } from "../../../../src/core/charts/make-tier-chart.ts";
import { makeTotalsChart } from "../../../../src/core/charts/make-totals-chart.ts";
import { scoreDemo, slugs } from "../demo/demo-builders.ts";

describe("the charts of the demo cohorts", () => {
  it("are those each program calls for", () => {
    const titles = Object.fromEntries(
      slugs.map((slug) => {
        const { scores, progress } = scoreDemo(slug);
        const charts = [
          makeTotalsChart(scores),
          makeComponentsChart(scores),
          makeRateChart(scores, "cluster"),
          makeRateChart(scores, "region"),
          makeRateChart(scores, "orgKind"),
          makeTierChart(scores),
          ...progress.map((p) => makeProgressChart(p)),
        ];
        return [slug, charts.flatMap((c) => (c === null ? [] : [c.title]))];
      }),
    );
    expect(titles).toMatchInlineSnapshot(`
      {
        "dj-practical-talent-2024": [
          "总分分布",
          "各结果的平均得分构成",
          "各单位类型通过率",
          "等次分布",
          "企业知识产权实用人才队伍：200 / 100 人（200%），目标年份 2026",
        ],
        "gd-ipo-2021": [
          "总分分布",
          "各结果的平均得分构成",
          "各单位类型通过率",
        ],
        "hb-bxwq-2023": [
          "各城市圈通过率",
          "各市州通过率",
          "覆盖市州：16 / 17 个（94.1%），目标年份 2023",
          "覆盖县（市）区：91 / 103 个（88.3%），目标年份 2023",
          "惠及企业（万家以上）：6584 / 10000 家（65.8%），目标年份 2023",
        ],
        "hb-specialist-2022": [
          "总分分布",
          "各结果的平均得分构成",
          "各城市圈入选率",
          "各市州入选率",
          "线下遴选考核参训人员：97 / 600 人（16.2%），目标年份 2022",
        ],
        "jy-talent-plan-2022": [
          "总分分布",
          "各结果的平均得分构成",
          "知识产权人才培训规模：1400 / 2000 人次（70%），目标年份 2025",
        ],
      }
    `);
  });
});
