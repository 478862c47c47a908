/**
 * dj-practical-talent-2024 (seed 004, 六、考核评价): training 60 × min(完成 /
 * 应完成, 1), achievement items with per-item points and caps; below 60 不合格;
 * of everyone assessed 优秀 floor(10 %), 良好 floor(30 %), taken by rank among
 * those with 60 or more; staff may override a tier with a reason.
 */
import { describe, expect, it } from "vitest";
import { measureProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import type { TraineeRecord } from "../../../../src/core/scoring/scoring-input.ts";
import { summarizeCohort } from "../../../../src/core/scoring/summarize-cohort.ts";
import { explain, rowOf, rulesOf, trainee } from "./cohort-builders.ts";

const rules = rulesOf("dj-practical-talent-2024");

/** A pool member who completed `done` of 40 hours and got `trademarks` 商标 (2 points each). */
function member(
  id: string,
  done: number,
  trademarks: number,
  extra: Partial<TraineeRecord> = {},
): TraineeRecord {
  return trainee(
    id,
    { trainingDone: done, trainingRequired: 40, trademarks },
    { orgKind: "高新技术企业", year: 2024, ...extra },
  );
}

// 22 with the whole training (60) and k 商标: 60 + 2k for k = 21…0, all different;
const qualified = Array.from({ length: 22 }, (_, j) => member(`q${21 - j}`, 40, 21 - j));
// 3 who did 30 of 40 hours: 60 × 30 / 40 = 45.00 < 60.
const below = ["f1", "f2", "f3"].map((id) => member(id, 30, 0));
const cohort = [...qualified, ...below];

describe("dj-practical-talent-2024 tiers for 25 assessed", () => {
  const scores = scoreCohort(rules, cohort);

  it("takes floor(10 % × 25) = 2 优秀 and floor(30 % × 25) = 7 良好 by rank", () => {
    expect(scores.tierSummary).toEqual({
      base: 25,
      capacities: [
        { tier: "优秀", capacity: 2 },
        { tier: "良好", capacity: 7 },
      ],
    });
    expect(rowOf(scores, "q21")).toMatchObject({ total: "102.00", rank: 1, tier: "优秀" });
    expect(rowOf(scores, "q20")).toMatchObject({ total: "100.00", rank: 2, tier: "优秀" });
    expect(rowOf(scores, "q19")).toMatchObject({ total: "98.00", rank: 3, tier: "良好" });
    expect(rowOf(scores, "q13")).toMatchObject({ total: "86.00", rank: 9, tier: "良好" });
    expect(rowOf(scores, "q12")).toMatchObject({ total: "84.00", rank: 10, tier: "合格" });
    expect(rowOf(scores, "q0")).toMatchObject({ total: "60.00", rank: 22, tier: "合格" });
  });

  it("puts a total below 60 straight into 不合格, with no certificate", () => {
    expect(rowOf(scores, "f1")).toMatchObject({ total: "45.00", tier: "不合格", outcome: "未通过" });
    expect(explain(scores, "f1", "dj-practical-talent-2024")).toMatchObject({
      certificate: false,
      verdict: "总分 45.00 < 60",
    });
  });

  it("gives the certificate to 合格 and above", () => {
    expect(summarizeCohort(scores).computed).toMatchObject({
      certificate: 22,
      tiers: { 优秀: 2, 良好: 7, 合格: 13, 不合格: 3, "待定（并列）": 0 },
    });
  });

  it("states the pro rata training points", () => {
    expect(explain(scores, "f1", "dj-practical-talent-2024").components[0]).toMatchObject({
      figure: "完成学习任务 30 / 应完成学习任务 40",
      pointsText: "45.00",
    });
  });
});

describe("dj-practical-talent-2024 items beyond their caps", () => {
  const capped = trainee("封顶", {
    trainingDone: 50,
    trainingRequired: 40,
    // 4 × 2 + 2 × 3 = 14 → cap 10
    patentProductFilings: 4,
    patentProductRecognitions: 2,
    // 3 × 3 = 9 → cap 6
    openLicences: 3,
    // 6 × 2 = 12 → cap 10
    otherProjects: 6,
    // 3 × 5 = 15 → cap 10
    enforcementCases: 3,
    // 1000 万 exactly is in the upper band: 5
    pledgeAmount: 10_000_000,
    // 申报国家优势 3, recognised +2
    nationalAdvantageApplications: 1,
    nationalAdvantageRecognised: true,
  });
  const justBelow = trainee("差一元", { trainingDone: 40, trainingRequired: 40, pledgeAmount: 9_999_999 });
  const scores = scoreCohort(rules, [capped, justBelow]);
  const e = explain(scores, "封顶", "dj-practical-talent-2024");
  const points = Object.fromEntries(e.components.map((c) => [c.id, c.pointsText]));

  it("caps each item group and adds the rest: 60 + 10 + 6 + 5 + 3 + 2 + 10 + 10 = 106", () => {
    expect(points).toEqual({
      training: "60.00",
      registrations: "0.00",
      patentProducts: "10.00",
      openLicences: "6.00",
      pledge: "5.00",
      advantageEnterprises: "3.00",
      cityAdvantageRecognised: "0.00",
      nationalAdvantageRecognised: "2.00",
      nationalDemoRecognised: "0.00",
      otherProjects: "10.00",
      enforcement: "10.00",
    });
    expect(e.totalText).toBe("106.00");
  });

  it("explains a cap and an over-completed training", () => {
    expect(e.components.find((c) => c.id === "patentProducts")).toMatchObject({
      figure: "专利产品备案 4 × 2 分；专利产品获得认定 2 × 3 分",
      note: "合计 14.00 分，超过上限 10 分，按上限计",
    });
    expect(e.components[0]?.note).toBe("已超额完成，按全部完成计");
  });

  it("scores a financing just below 1000 万 in the lower band", () => {
    expect(
      explain(scores, "差一元", "dj-practical-talent-2024").components.find((c) => c.id === "pledge")
        ?.pointsText,
    ).toBe("3.00");
  });
});

describe("dj-practical-talent-2024 a tie across the 优秀 cut, overrides and missing data", () => {
  // 25 assessed again (优秀 2, 良好 7): one at 104, three level at 100 for places 2–4,
  // twenty at 60 + 2j (j = 0…19, 60 to 98) and one at 45.
  const top = [
    member("t104", 40, 22),
    member("t100a", 40, 20),
    member("t100b", 40, 20),
    member("t100c", 40, 20),
  ];
  const rest = [...Array.from({ length: 20 }, (_, j) => member(`r${j}`, 40, j)), member("f", 30, 0)];
  const noTraining = trainee(
    "未录入",
    { trainingDone: null, trainingRequired: 40 },
    { orgKind: "专精特新企业", year: 2025 },
  );
  const cohort = [...top, ...rest, noTraining];

  it("leaves the three level at place 2 pending: 1 优秀 and 2 良好 among them", () => {
    const scores = scoreCohort(rules, cohort);
    expect(rowOf(scores, "t100a")).toMatchObject({ rank: 2, tier: "待定（并列）" });
    expect(scores.ties.map((t) => [t.key, t.candidates, t.seats])).toEqual([
      [
        "tier:优秀",
        ["t100a", "t100b", "t100c"],
        [
          { label: "优秀", count: 1 },
          { label: "良好", count: 2 },
        ],
      ],
    ]);
    // Either seat is 合格 or better, so the certificate does not wait for the decision.
    expect(explain(scores, "t100a", "dj-practical-talent-2024").certificate).toBe(true);
  });

  it("settles the tie with a person's placing and keeps the 良好 count at 7", () => {
    const scores = scoreCohort(rules, cohort, [
      { traineeId: "t100a", kind: "tie", value: "良好", reason: "参考所在企业意见" },
      { traineeId: "t100b", kind: "tie", value: "优秀", reason: "参考所在企业意见" },
      { traineeId: "t100c", kind: "tie", value: "良好", reason: "参考所在企业意见" },
    ]);
    expect(["t100a", "t100b", "t100c"].map((id) => rowOf(scores, id).tier)).toEqual(["良好", "优秀", "良好"]);
    expect(summarizeCohort(scores).computed.tiers).toMatchObject({ 优秀: 2, 良好: 7 });
  });

  it("does not assess a trainee whose training is 未录入, nor count them in the base", () => {
    const scores = scoreCohort(rules, cohort);
    expect(rowOf(scores, "未录入")).toMatchObject({ outcome: "缺考或未录入", tier: null, rank: 0 });
    expect(scores.tierSummary?.base).toBe(25);
  });

  it("keeps a tier override with its reason beside the computed tier", () => {
    const scores = scoreCohort(rules, cohort, [
      { traineeId: "r0", kind: "tier", value: "良好", reason: "参考所在企业意见" },
    ]);
    const e = explain(scores, "r0", "dj-practical-talent-2024");
    expect([e.tier, e.effective.tier]).toEqual(["合格", "良好"]);
    expect(e.overrides).toEqual([
      { kind: "tier", computed: "合格", value: "良好", reason: "参考所在企业意见" },
    ]);
    const summary = summarizeCohort(scores);
    expect([summary.computed.tiers["良好"], summary.effective.tiers["良好"]]).toEqual([5, 6]);
  });

  it("refuses an override to a tier that does not exist", () => {
    const scores = scoreCohort(rules, cohort, [
      { traineeId: "r0", kind: "tier", value: "特等", reason: "无" },
    ]);
    expect(scores.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "学员 r0 的调整未采用：等次“特等”不存在（可选：优秀、良好、合格、不合格）",
      ]
    `);
  });

  it("counts pool members toward 100 by 2026, by enterprise kind and year", () => {
    const [progress] = measureProgress(rules.targets, { scores: scoreCohort(rules, cohort) });
    expect(progress).toMatchObject({ value: 26, target: 100, by: 2026 });
    expect(progress?.breakdowns).toEqual([
      {
        by: "orgKind",
        rows: [
          { key: "专精特新企业", value: 1 },
          { key: "高新技术企业", value: 25 },
        ],
      },
      {
        by: "year",
        rows: [
          { key: "2024", value: 25 },
          { key: "2025", value: 1 },
        ],
      },
    ]);
  });
});
