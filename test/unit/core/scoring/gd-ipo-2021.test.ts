/**
 * gd-ipo-2021 (seed 000, 四、考核标准): online 35 × min(学时, 20) / 20,
 * offline 35 for at least 1 期, exam 30 × 分数 / 100; gates 学时 ≥ 20, 期数 ≥ 1,
 * 考试 ≥ 60; pass when the total is over 75 (超过, strictly). Every expected
 * figure below is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from "vitest";
import { applyRulePatch } from "../../../../src/core/rules/cohort-rules.ts";
import { describeRules } from "../../../../src/core/rules/describe-rule.ts";
import { admitToSession } from "../../../../src/core/scoring/admit-trainees.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { explain, namesOf, rowOf, rulesOf, trainee } from "./cohort-builders.ts";

const rules = rulesOf("gd-ipo-2021");
const cohort = [
  // 35 + 35 + 30 × 60 / 100 = 88.00
  trainee("甲", {
    onlineHours: 20,
    offlineSessions: 1,
    exam: 60,
    outOfProvince: true,
    registeredAt: "2021-08-02",
  }),
  // 35 × 18 / 20 = 31.50; + 35 + 27 = 93.50, but 18 学时 fails the gate
  trainee("乙", {
    onlineHours: 18,
    offlineSessions: 2,
    exam: 90,
    outOfProvince: false,
    registeredAt: "2021-08-01",
  }),
  // no exam score: 缺考, never 0
  trainee("丙", { onlineHours: 25, offlineSessions: 1, exam: null }),
  // 35 + 0 + 30 = 65.00, and 0 期 fails the gate
  trainee("丁", { onlineHours: 20, offlineSessions: 0, exam: 100 }),
  // 30 × 16.67 / 100 = 5.001 → 5.00; 35 + 35 + 5.00 = 75.00
  trainee("戊", { onlineHours: 20, offlineSessions: 1, exam: 16.67 }),
  // 30 学时 is capped at 20: 35 + 35 + 25.50 = 95.50
  trainee("己", {
    onlineHours: 30,
    offlineSessions: 3,
    exam: 85,
    outOfProvince: true,
    bayCompetition: true,
    registeredAt: "2021-08-05",
  }),
  // same as 甲: 88.00 with the same exam score, so the tie-break cannot separate them
  trainee("庚", { onlineHours: 20, offlineSessions: 1, exam: 60 }),
  // 30 × 78.33 / 100 = 23.499 → 23.50; 35 + 35 + 23.50 = 93.50, level with 乙
  trainee("壬", {
    onlineHours: 20,
    offlineSessions: 1,
    exam: 78.33,
    patentAward: true,
    registeredAt: "2021-08-10",
  }),
];

describe("gd-ipo-2021 worked examples", () => {
  const scores = scoreCohort(rules, cohort);

  it("passes a trainee who meets every gate with a total over 75", () => {
    expect(rowOf(scores, "甲")).toMatchObject({ total: "88.00", outcome: "通过" });
    expect(explain(scores, "甲", "gd-ipo-2021")).toMatchObject({ certificate: true, talentPool: true });
  });

  it("fails a trainee with 18 学时 whatever the total, naming the figure", () => {
    expect(rowOf(scores, "乙")).toMatchObject({ total: "93.50", outcome: "未通过" });
    expect(explain(scores, "乙", "gd-ipo-2021").verdict).toMatchInlineSnapshot(`"线上学时 18 < 20"`);
  });

  it("marks a missing exam score as 缺考或未录入 rather than 0", () => {
    expect(rowOf(scores, "丙")).toEqual({ total: "未录入", rank: 0, outcome: "缺考或未录入", tier: null });
    expect(explain(scores, "丙", "gd-ipo-2021").verdict).toMatchInlineSnapshot(`"考试成绩 未录入"`);
  });

  it("fails a trainee who attended no offline session", () => {
    expect(rowOf(scores, "丁")).toMatchObject({ total: "65.00", outcome: "未通过" });
    expect(explain(scores, "丁", "gd-ipo-2021").verdict).toMatchInlineSnapshot(`"线下参训期数 0 < 1"`);
  });

  it("caps online hours at 20 and says so", () => {
    expect(rowOf(scores, "己")).toMatchObject({ total: "95.50", outcome: "通过" });
    expect(explain(scores, "己", "gd-ipo-2021").components[0]).toMatchObject({
      figure: "线上学时 30",
      pointsText: "35.00",
      note: "超过 20，按 20 计",
    });
  });

  it("rounds each component half up once: 23.499 shows and counts as 23.50", () => {
    expect(explain(scores, "壬", "gd-ipo-2021").components.map((c) => c.pointsText)).toEqual([
      "35.00",
      "35.00",
      "23.50",
    ]);
    expect(rowOf(scores, "壬").total).toBe("93.50");
  });

  it("ranks by total, breaks a level total by exam score, and shares a rank when that is level too", () => {
    const ranks = cohort.map((t) => [t.id, rowOf(scores, t.id).rank]);
    // 己 95.5; 乙 93.5 (exam 90) before 壬 93.5 (exam 78.33); 甲 and 庚 88 with exam 60 share 4th; 戊 75; 丁 65.
    expect(ranks).toEqual([
      ["甲", 4],
      ["乙", 2],
      ["丙", 0],
      ["丁", 7],
      ["戊", 6],
      ["己", 1],
      ["庚", 4],
      ["壬", 3],
    ]);
  });

  it("puts beside each component and gate the rule sentence the program page prints", () => {
    const e = explain(scores, "甲", "gd-ipo-2021");
    const page = describeRules(rules, namesOf("gd-ipo-2021"));
    expect([...e.components, ...e.gates].map((x) => x.rule)).toEqual(
      page.filter((l) => l.topic === "考核项" || l.topic === "必要条件").map((l) => l.sentence),
    );
    expect(e.gates.map((g) => g.text)).toEqual([
      "线上学时 20 ≥ 20",
      "线下参训期数 1 ≥ 1",
      "考试成绩 60 ≥ 60",
    ]);
  });

  it("gives priority and fee: 专利奖 first, 湾高赛 entrants waived, out-of-province charged 1000 元", () => {
    expect(explain(scores, "壬", "gd-ipo-2021").admission?.priority).toMatchInlineSnapshot(
      `"第 1 优先：曾获中国专利奖或广东省专利奖"`,
    );
    expect(explain(scores, "己", "gd-ipo-2021").admission).toMatchInlineSnapshot(`
      {
        "fee": "湾高赛获奖或参赛，免缴培训费",
        "priority": "第 2 优先：湾高赛获奖或参赛项目主体单位人员",
      }
    `);
    expect(explain(scores, "甲", "gd-ipo-2021").admission).toMatchInlineSnapshot(`
      {
        "fee": "缴纳培训费 1000 元/人/次",
        "priority": "按报名时间先后录取",
      }
    `);
    expect(explain(scores, "乙", "gd-ipo-2021").admission?.fee).toBe("免费");
    expect(explain(scores, "丙", "gd-ipo-2021").admission?.fee).toMatchInlineSnapshot(
      `"是否省外 未录入，培训费待定"`,
    );
  });

  it("admits a session's capacity by priority class, then registration time", () => {
    const applicants = cohort.filter((t) => ["甲", "乙", "己", "壬"].includes(t.id));
    expect(admitToSession(rules.admission!, applicants, 2)).toEqual({
      admitted: ["壬", "己"],
      waiting: ["乙", "甲"],
    });
  });
});

describe("gd-ipo-2021 pass mark at the boundary", () => {
  // Staff lower the exam gate to 10 for a cohort, so only the pass mark decides 戊's 75.00.
  const patched = applyRulePatch(rules, { "gates.examGate.value": 10 });
  if (!patched.ok) throw new Error(patched.problems.join("\n"));

  it("does not pass a total of exactly 75.00 under a rule of over 75", () => {
    const scores = scoreCohort(patched.rules, cohort);
    expect(rowOf(scores, "戊")).toMatchObject({ total: "75.00", outcome: "未通过" });
    expect(explain(scores, "戊", "gd-ipo-2021").verdict).toMatchInlineSnapshot(`"总分 75.00 ≤ 75"`);
  });

  it("does not pass 75.0004 either, because the total is compared as shown", () => {
    // 30 × 16.668 / 100 = 5.0004 → 5.00, so the total shown and compared is 75.00
    const scores = scoreCohort(patched.rules, [
      trainee("癸", { onlineHours: 20, offlineSessions: 1, exam: 16.668 }),
    ]);
    expect(rowOf(scores, "癸")).toMatchObject({ total: "75.00", outcome: "未通过" });
  });

  it("says which parameter the cohort changed", () => {
    expect(patched.changes).toEqual([{ path: "gates.examGate.value", published: 60, value: 10 }]);
  });
});
