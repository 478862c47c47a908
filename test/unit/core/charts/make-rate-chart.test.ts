import { describe, expect, it } from "vitest";
import { makeRateChart } from "../../../../src/core/charts/make-rate-chart.ts";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { rulesOf, trainee } from "../scoring/cohort-builders.ts";
import { printChart } from "./print-chart.ts";

const WUHAN = "武汉“1+8”城市圈";
const XIANGSHI = "襄十随神城市群";
const patched = applyRulePatch(rulesOf("hb-specialist-2022"), { "selection.quota": 1 });
if (!patched.ok) throw new Error("quota patch refused");
const specialist = patched.rules;

/** An hb-specialist trainee with 20 hours whose questionnaire and quiz are both `score`. */
const applicant = (id: string, region: string, cluster: string, score: number | null) =>
  trainee(
    id,
    { questionnaireSubmitted: true, questionnaireQuality: score, onlineHours: 20, quiz: score },
    { region, cluster },
  );

const cohort = [
  applicant("w1", "武汉", WUHAN, 90),
  applicant("w2", "黄石", WUHAN, 80),
  applicant("w3", "武汉", WUHAN, 70),
  applicant("w4", "武汉", WUHAN, null),
  applicant("x1", "襄阳", XIANGSHI, 60),
  applicant("x2", "十堰", XIANGSHI, 50),
];

describe("rates by group", () => {
  it("give the selection rate per 城市圈, 缺考 in the denominator", () => {
    expect(printChart(makeRateChart(scoreCohort(specialist, cohort), "cluster"))).toMatchInlineSnapshot(`
      "各城市圈入选率［%］
      入选率 = 入选人数 ÷ 该组学员人数（含缺考或未录入），按计算结果，不含人工调整。
      城市圈 | 入选率
      武汉“1+8”城市圈（4 人） | 25
      襄十随神城市群（2 人） | 50"
    `);
  });

  it("list groups in the program's order first, whatever order they are met in", () => {
    const data = makeRateChart(scoreCohort(specialist, cohort), "region", {
      order: ["十堰", "襄阳", "武汉", "黄石"],
    });
    expect(data?.labels).toEqual(["十堰（1 人）", "襄阳（1 人）", "武汉（3 人）", "黄石（1 人）"]);
  });

  it("leave out groups the filters empty", () => {
    const data = makeRateChart(scoreCohort(specialist, cohort), "cluster", { mask: [0, 0, 0, 0, 1, 1] });
    expect(data?.labels).toEqual([`${XIANGSHI}（2 人）`]);
  });

  it("give the pass rate where the rules pass trainees, named as the program names the groups, 未录入 last", () => {
    const gd = rulesOf("gd-ipo-2021");
    const scores = scoreCohort(gd, [
      trainee("a", { onlineHours: 20, offlineSessions: 1, exam: 90 }, { orgKind: "企业" }),
      trainee("b", { onlineHours: 20, offlineSessions: 0, exam: 90 }, { orgKind: "企业" }),
      trainee("c", { onlineHours: 20, offlineSessions: 1, exam: 90 }),
    ]);
    expect(printChart(makeRateChart(scores, "orgKind", { groupTitle: "单位性质" }))).toMatchInlineSnapshot(`
      "各单位性质通过率［%］
      通过率 = 通过人数 ÷ 该组学员人数（含缺考或未录入），按计算结果，不含人工调整。
      单位性质 | 通过率
      企业（2 人） | 50
      未录入（1 人） | 100"
    `);
  });

  it("go down the side for more than six groups", () => {
    const regions = ["武汉", "黄石", "鄂州", "黄冈", "孝感", "咸宁", "仙桃"];
    const scores = scoreCohort(
      specialist,
      regions.map((r, k) => applicant(`t${k}`, r, WUHAN, 60 + k)),
    );
    expect(makeRateChart(scores, "region")?.horizontal).toBe(true);
  });

  it("are not drawn where nobody passes or is selected (jy scores only)", () => {
    const scores = scoreCohort(rulesOf("jy-talent-plan-2022"), [
      trainee("a", { workResults: 80, teamwork: 70, leadership: 60 }, { category: "管理" }),
    ]);
    expect(makeRateChart(scores, "category")).toBeNull();
  });

  it("are not drawn for a column the cohort does not have", () => {
    expect(makeRateChart(scoreCohort(rulesOf("gd-ipo-2021"), []), "region")).toBeNull();
  });
});
