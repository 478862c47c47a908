/**
 * hb-specialist-2022 (seed 001, 七、线下考核培训资格遴选标准): questionnaire
 * 30 × 质量 / 100, online 40 × min(学时, 20) / 20, quiz 30 × 成绩 / 100; only
 * those who submitted the questionnaire and attended online may be selected;
 * 200 per 城市圈. Ties at place 200 are for a person to decide.
 */
import { describe, expect, it } from "vitest";
import { measureProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import type { TraineeDecision, TraineeRecord } from "../../../../src/core/scoring/scoring-input.ts";
import { summarizeCohort } from "../../../../src/core/scoring/summarize-cohort.ts";
import { explain, rowOf, rulesOf, trainee } from "./cohort-builders.ts";

const rules = rulesOf("hb-specialist-2022");
const WUHAN = "武汉“1+8”城市圈";
const XIANGSHI = "襄十随神城市群";

/** A 武汉 trainee with 20 学时 (40 points) whose questionnaire and quiz scores add up to `sum`: total 40 + 0.3 × sum. */
function wuhan(
  id: string,
  quality: number,
  quiz: number,
  extra: Partial<TraineeRecord["measures"]> = {},
): TraineeRecord {
  return trainee(
    id,
    { questionnaireSubmitted: true, questionnaireQuality: quality, onlineHours: 20, quiz, ...extra },
    { region: "武汉", cluster: WUHAN },
  );
}

// 198 trainees with distinct totals 100 − 0.3k (k = 0…197: quality + quiz = 200 − k),
const ahead = Array.from({ length: 198 }, (_, k) =>
  wuhan(`w${String(k).padStart(3, "0")}`, Math.min(100, 200 - k), Math.max(0, 100 - k)),
);
// three level at 40 + 0.3 × 2 = 40.60 for places 199–201, two behind at 40.30 and 40.00,
const level = [wuhan("平1", 2, 0), wuhan("平2", 1, 1), wuhan("平3", 0, 2)];
const behind = [wuhan("后1", 1, 0), wuhan("后2", 0, 0)];
const others = [
  // the best figures but no questionnaire: not eligible whatever the total
  wuhan("无问卷", 100, 100, { questionnaireSubmitted: false }),
  // no online quiz score: 未录入, not 0
  wuhan("缺测试", 100, null as unknown as number),
  // a small cluster: everyone fits in the quota; 30 × 80 / 100 + 40 × 12.5 / 20 + 30 × 70 / 100 = 24 + 25 + 21 = 70.00
  trainee(
    "襄阳甲",
    {
      questionnaireSubmitted: true,
      questionnaireQuality: 80,
      onlineHours: 12.5,
      quiz: 70,
      offlineExam: true,
      practical: true,
      learningReport: true,
    },
    { region: "襄阳", cluster: XIANGSHI },
  ),
  trainee(
    "襄阳乙",
    {
      questionnaireSubmitted: true,
      questionnaireQuality: 80,
      onlineHours: 12.5,
      quiz: 70,
      offlineExam: true,
      practical: true,
      learningReport: false,
    },
    { region: "襄阳", cluster: XIANGSHI },
  ),
  // attended nothing online: fails the gate 0 > 0
  trainee(
    "零学时",
    { questionnaireSubmitted: true, questionnaireQuality: 90, onlineHours: 0, quiz: 90 },
    { region: "随州", cluster: XIANGSHI },
  ),
  // no region or cluster: cannot be placed in a quota
  trainee("无地区", { questionnaireSubmitted: true, questionnaireQuality: 90, onlineHours: 20, quiz: 90 }),
];
const cohort = [...ahead, ...level, ...behind, ...others];

describe("hb-specialist-2022 selection in a cluster with more than 200 eligible", () => {
  const scores = scoreCohort(rules, cohort);

  it("selects the 198 clear places", () => {
    expect(rowOf(scores, "w000")).toMatchObject({ total: "100.00", rank: 1, outcome: "入选" });
    expect(rowOf(scores, "w197")).toMatchObject({ total: "40.90", rank: 198, outcome: "入选" });
  });

  it("leaves the three level at place 199 for a person: 2 places for 3 people", () => {
    for (const id of ["平1", "平2", "平3"])
      expect(rowOf(scores, id)).toMatchObject({ total: "40.60", rank: 199, outcome: "待定（并列）" });
    expect(scores.ties).toEqual([
      {
        key: `selection:${WUHAN}:入选`,
        cut: "selection",
        group: WUHAN,
        total: 4060,
        rank: 199,
        candidates: ["平1", "平2", "平3"],
        seats: [
          { label: "入选", count: 2 },
          { label: "未入选", count: 1 },
        ],
        decided: false,
      },
    ]);
    expect(explain(scores, "平1", "hb-specialist-2022").verdict).toMatchInlineSnapshot(
      `"武汉“1+8”城市圈并列第 199 名（总分 40.60）：3 人争 2 个名额，待工作人员决定"`,
    );
  });

  it("does not select those behind the tie", () => {
    expect(rowOf(scores, "后1")).toMatchObject({ total: "40.30", rank: 202, outcome: "未入选" });
    expect(rowOf(scores, "后2")).toMatchObject({ total: "40.00", rank: 203, outcome: "未入选" });
  });

  it("does not rank or select a trainee without a questionnaire, whatever the total", () => {
    expect(rowOf(scores, "无问卷")).toMatchObject({ total: "100.00", rank: 0, outcome: "不符合条件" });
    expect(explain(scores, "无问卷", "hb-specialist-2022").verdict).toMatchInlineSnapshot(
      `"问卷是否提交 否"`,
    );
  });

  it("fails the attendance gate at 0 学时 and names the figure", () => {
    expect(rowOf(scores, "零学时").outcome).toBe("不符合条件");
    expect(explain(scores, "零学时", "hb-specialist-2022").verdict).toMatchInlineSnapshot(`"线上学时 0 ≤ 0"`);
  });

  it("reports a missing quiz score or cluster as 未录入", () => {
    expect(rowOf(scores, "缺测试").outcome).toBe("缺考或未录入");
    expect(explain(scores, "缺测试", "hb-specialist-2022").verdict).toMatchInlineSnapshot(
      `"在线测试成绩 未录入"`,
    );
    expect(explain(scores, "无地区", "hb-specialist-2022").verdict).toMatchInlineSnapshot(
      `"所在城市圈 未录入"`,
    );
  });

  it("ranks each cluster on its own and certifies only those who finished all three parts", () => {
    expect(rowOf(scores, "襄阳甲")).toMatchObject({ total: "70.00", rank: 1, outcome: "入选" });
    expect(rowOf(scores, "襄阳乙")).toMatchObject({ total: "70.00", rank: 1, outcome: "入选" });
    expect(explain(scores, "襄阳甲", "hb-specialist-2022").certificate).toBe(true);
    expect(explain(scores, "襄阳乙", "hb-specialist-2022")).toMatchObject({
      certificate: false,
      parts: [
        { label: "线下考核", state: "首次通过" },
        { label: "实战操作", state: "首次通过" },
        { label: "学习报告", state: "未通过" },
      ],
    });
  });

  it("counts the selected toward about 600, by 市州", () => {
    const [progress] = measureProgress(rules.targets, { scores });
    expect(progress).toMatchObject({ value: 200, target: 600 });
    expect(progress?.breakdowns[0]?.rows).toEqual([
      { key: "武汉", value: 198 },
      { key: "襄阳", value: 2 },
    ]);
  });

  it("counts outcomes per cluster with the tie still open", () => {
    const summary = summarizeCohort(scores);
    expect(summary.openTies).toBe(1);
    expect(summary.byCluster.find((c) => c.key === WUHAN)?.counts.outcomes).toMatchObject({
      入选: 198,
      "待定（并列）": 3,
      未入选: 2,
      不符合条件: 1,
      缺考或未录入: 1,
    });
  });
});

describe("hb-specialist-2022 tie decisions", () => {
  const place = (traineeId: string, value: string): TraineeDecision => ({
    traineeId,
    kind: "tie",
    value,
    reason: "并列第 199 名，按线上学习考勤取舍",
  });

  it("settles the tie when a person places all three within the seats", () => {
    const scores = scoreCohort(rules, cohort, [
      place("平1", "入选"),
      place("平2", "未入选"),
      place("平3", "入选"),
    ]);
    expect(["平1", "平2", "平3"].map((id) => rowOf(scores, id).outcome)).toEqual(["入选", "未入选", "入选"]);
    expect(scores.ties[0]?.decided).toBe(true);
    expect(summarizeCohort(scores).byCluster.find((c) => c.key === WUHAN)?.counts.outcomes["入选"]).toBe(200);
  });

  it("refuses decisions that would select more than the quota", () => {
    const scores = scoreCohort(rules, cohort, [
      place("平1", "入选"),
      place("平2", "入选"),
      place("平3", "入选"),
    ]);
    expect(rowOf(scores, "平1").outcome).toBe("待定（并列）");
    expect(scores.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "武汉“1+8”城市圈并列第 199 名的 3 人中“入选”应为 2 人，现决定 3 人，未采用",
      ]
    `);
  });

  it("reports a tie decision about a trainee no longer in a tie", () => {
    const scores = scoreCohort(rules, cohort, [place("w000", "入选")]);
    expect(scores.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "学员 w000 已不在并列名单中，此前的并列决定“入选”未采用",
      ]
    `);
  });

  it("keeps a selection override beside the computed result", () => {
    const scores = scoreCohort(rules, cohort, [
      { traineeId: "后1", kind: "selection", value: "入选", reason: "所在企业为重点产业链企业" },
    ]);
    const e = explain(scores, "后1", "hb-specialist-2022");
    expect(e.outcome).toBe("未入选");
    expect(e.effective.outcome).toBe("入选");
    expect(e.overrides).toEqual([
      { kind: "selection", computed: "未入选", value: "入选", reason: "所在企业为重点产业链企业" },
    ]);
    const summary = summarizeCohort(scores);
    expect([summary.computed.outcomes["入选"], summary.effective.outcomes["入选"]]).toEqual([200, 201]);
  });
});
