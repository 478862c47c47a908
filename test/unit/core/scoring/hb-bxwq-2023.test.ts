/**
 * hb-bxwq-2023 (seed 002, 认证流程): certified when the exam (≥ 60, our
 * reading) and the practical are both passed; one make-up for whoever failed,
 * and a second failure is final. Coverage targets: 17 市州, 103 县(市)区,
 * 10,000 enterprises, counted from training-class records.
 */
import { describe, expect, it } from "vitest";
import { measureProgress } from "../../../../src/core/scoring/measure-progress.ts";
import { scoreCohort } from "../../../../src/core/scoring/score-cohort.ts";
import { summarizeCohort } from "../../../../src/core/scoring/summarize-cohort.ts";
import { explain, rowOf, rulesOf, trainee } from "./cohort-builders.ts";

const rules = rulesOf("hb-bxwq-2023");
const cohort = [
  trainee("首次通过", { exam: 75, practical: true }),
  trainee("补考通过", { exam: 55, practical: true, makeUpExam: 68 }),
  trainee("补考未过", { exam: 50, practical: true, makeUpExam: 58 }),
  trainee("待补考", { exam: 40, practical: true }),
  trainee("缺考", { exam: null, practical: null }),
  trainee("实操补考", { exam: 90, practical: false, makeUpPractical: true }),
  trainee("恰好及格", { exam: 60, practical: true }),
  // 59.995 is shown as 60 (rounded to 0.01), so it is compared as 60 and passes
  trainee("四舍五入", { exam: 59.995, practical: true }),
];

describe("hb-bxwq-2023 certification with one make-up", () => {
  const scores = scoreCohort(rules, cohort);
  const outcomes = Object.fromEntries(cohort.map((t) => [t.id, rowOf(scores, t.id).outcome]));
  const certified = (id: string): boolean | null => explain(scores, id, "hb-bxwq-2023").certificate;

  it("certifies a trainee who passes both parts at the first attempt", () => {
    expect(outcomes["首次通过"]).toBe("通过");
    expect(certified("首次通过")).toBe(true);
  });

  it("certifies a trainee who passes the exam at the make-up, and shows both attempts", () => {
    expect(outcomes["补考通过"]).toBe("通过");
    expect(certified("补考通过")).toBe(true);
    expect(explain(scores, "补考通过", "hb-bxwq-2023").parts[0]).toEqual({
      id: "exam",
      label: "考试",
      attempts: [
        { name: "首次", figure: "考试成绩 55", passed: false },
        { name: "补考", figure: "补考成绩 68", passed: true },
      ],
      state: "补考通过",
    });
  });

  it("refuses the certificate after a failed make-up", () => {
    expect(outcomes["补考未过"]).toBe("未通过");
    expect(certified("补考未过")).toBe(false);
    expect(explain(scores, "补考未过", "hb-bxwq-2023").verdict).toMatchInlineSnapshot(
      `"考试：首次 考试成绩 50，补考 补考成绩 58（未通过）；实操：首次 实操是否合格 是（首次通过）"`,
    );
  });

  it("waits for the make-up of a trainee who failed once", () => {
    expect(outcomes["待补考"]).toBe("待补考");
    expect(certified("待补考")).toBe(false);
  });

  it("reports an absent trainee as 缺考或未录入, naming both parts", () => {
    expect(outcomes["缺考"]).toBe("缺考或未录入");
    expect(explain(scores, "缺考", "hb-bxwq-2023").verdict).toMatchInlineSnapshot(
      `"考试 未录入；实操 未录入"`,
    );
  });

  it("allows the make-up for the practical part too", () => {
    expect(outcomes["实操补考"]).toBe("通过");
    expect(explain(scores, "实操补考", "hb-bxwq-2023").parts[1]?.state).toBe("补考通过");
  });

  it("passes 60 exactly, and 59.995 which is shown as 60", () => {
    expect([outcomes["恰好及格"], outcomes["四舍五入"]]).toEqual(["通过", "通过"]);
    expect(explain(scores, "四舍五入", "hb-bxwq-2023").parts[0]?.attempts[0]?.figure).toBe("考试成绩 60");
  });

  it("counts certificates for the cohort", () => {
    const summary = summarizeCohort(scores);
    expect(summary.computed.certificate).toBe(5);
    expect(summary.computed.outcomes).toMatchObject({ 通过: 5, 未通过: 1, 待补考: 1, 缺考或未录入: 1 });
  });
});

describe("hb-bxwq-2023 coverage targets", () => {
  const classes = [
    { region: "鄂州", county: "鄂城区", attendees: 120, enterprises: 60 },
    { region: "鄂州", county: "鄂城区", attendees: 80, enterprises: 45 },
    { region: "鄂州", county: "华容区", attendees: 90, enterprises: null },
    { region: "武汉", county: "江夏区", attendees: 200, enterprises: 150 },
  ];
  const progress = measureProgress(rules.targets, { trainingClasses: classes });

  it("counts distinct 市州 and 县(市)区 covered", () => {
    expect(progress.map((p) => [p.id, p.value, p.target])).toEqual([
      ["regions", 2, 17],
      ["counties", 3, 103],
      ["enterprises", 255, 10000],
    ]);
  });

  it("breaks coverage down by 市州 and says how many classes gave no enterprise count", () => {
    const counties = progress.find((p) => p.id === "counties");
    expect(counties?.breakdowns[0]?.rows).toEqual([
      { key: "武汉", value: 1 },
      { key: "鄂州", value: 2 },
    ]);
    expect(progress.find((p) => p.id === "enterprises")?.notEntered).toBe(1);
  });
});
