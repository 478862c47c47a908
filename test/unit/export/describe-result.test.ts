import { describe, expect, it } from "vitest";
import { collectMeasureNames } from "../../../src/core/rules/describe-rule.ts";
import { explainTrainee } from "../../../src/core/scoring/explain-trainee.ts";
import { scoreCohort } from "../../../src/core/scoring/score-cohort.ts";
import type { TraineeDecision, TraineeRecord } from "../../../src/core/scoring/scoring-input.ts";
import { describeResult } from "../../../src/export/describe-result.ts";
import { loadProgram } from "../helpers/load-programs.ts";

function describeFirst(slug: string, trainees: TraineeRecord[], decisions: TraineeDecision[] = []): string {
  const { rules, templates } = loadProgram(slug).data;
  const scores = scoreCohort(rules, trainees, decisions);
  return describeResult(explainTrainee(scores, 0, collectMeasureNames(rules, templates)), rules);
}

describe("describeResult", () => {
  it("goes through each component and ends with the verdict, which names the failed gate", () => {
    const text = describeFirst("gd-ipo-2021", [
      { id: "a", measures: { onlineHours: 18, offlineSessions: 1, exam: 90, outOfProvince: false } },
    ]);
    expect(text).toMatchInlineSnapshot(
      `"线上培训：线上学时 18，得 31.50 分；线下培训：线下参训期数 1 ≥ 1，得 35.00 分；考试：考试成绩 90，得 27.00 分；线下录取：按报名时间先后录取，免费；线上学时 18 < 20。"`,
    );
  });

  it("sums up the achievement items that gave nothing in one clause", () => {
    const text = describeFirst("dj-practical-talent-2024", [
      { id: "a", measures: { trainingDone: 40, trainingRequired: 40, inventionPatents: 1 } },
    ]);
    expect(text).toMatchInlineSnapshot(
      `"学习培训：完成学习任务 40 / 应完成学习任务 40，得 60.00 分；知识产权确权（不设上限）：授权发明专利 1 × 3 分，得 3.00 分；其余加分项未填或为 0，不得分；总分 63.00 ≥ 60，第 1 名（参评 1 人：优秀 0 名、良好 0 名）。"`,
    );
  });

  it("lets the verdict go through make-ups where attempts alone decide", () => {
    const text = describeFirst("hb-bxwq-2023", [
      { id: "a", measures: { exam: 50, makeUpExam: 75, practical: true } },
    ]);
    expect(text).toMatchInlineSnapshot(
      `"考试：首次 考试成绩 50，补考 补考成绩 75（补考通过）；实操：首次 实操是否合格 是（首次通过）。"`,
    );
  });

  it("shows a person's override beside the computed result, with the reason", () => {
    const cohort = Array.from({ length: 10 }, (_, i) => ({
      id: `t${i}`,
      measures: { trainingDone: 40 - i, trainingRequired: 40, inventionPatents: 1 },
    }));
    const text = describeFirst("dj-practical-talent-2024", cohort, [
      { traineeId: "t0", kind: "tier", value: "良好", reason: "参考所在企业意见" },
    ]);
    expect(text).toContain("经人工调整为「良好」（计算结果为「优秀」；理由：参考所在企业意见）");
  });
});
