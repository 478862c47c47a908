import { describe, expect, it } from "vitest";
import {
  collectMeasureNames,
  describeRules,
  describeTarget,
  type MeasureNames,
} from "../../../../src/core/rules/describe-rule.ts";
import { ruleSet, target as targetSchema } from "../../../../src/core/rules/rule-schema.ts";
import { loadProgram } from "../../helpers/load-programs.ts";

const gd = loadProgram("gd-ipo-2021").data;
const gdLines = describeRules(gd.rules, collectMeasureNames(gd.rules, gd.templates));
const lineOf = (topic: string, label?: string) =>
  gdLines.find((l) => l.topic === topic && (label === undefined || l.label === label));

const names: MeasureNames = new Map([
  ["hours", { label: "线上学时", unit: "学时", max: undefined }],
  ["score", { label: "考试成绩", unit: "", max: 100 }],
  ["quality", { label: "问卷质量", unit: "", max: 100 }],
  ["outOfProvince", { label: "是否省外", unit: "", max: undefined }],
  ["recognised", { label: "专利产品获认定", unit: "", max: undefined }],
  ["pledge", { label: "质押融资金额", unit: "元", max: undefined }],
]);
const empty = {
  decimals: 2,
  components: [],
  gates: [],
  ranking: { tieBreak: [] },
  targets: [],
  staffSet: [],
} as const;
const rule = { id: "r", label: "规则", original: "原文" };
/** Describes a small literal rule set, validated first so the literal stays a legal rule. */
const sentences = (rules: Record<string, unknown>) =>
  describeRules(ruleSet.parse({ ...empty, ...rules }), names).map((l) => l.sentence);

describe("describeRules on gd-ipo-2021", () => {
  it("reads the online hours as 35 points scaled up to 20 hours", () => {
    expect(lineOf("考核项", "线上培训")?.sentence).toMatchInlineSnapshot(
      `"按线上学时折算，满分 35 分：线上学时达到 20 学时得满分，不足按比例计（35 × 线上学时 ÷ 20），超出不再加分。"`,
    );
  });

  it("reads the offline sessions as 35 points for at least one session", () => {
    expect(lineOf("考核项", "线下培训")?.sentence).toMatchInlineSnapshot(
      `"线下参训期数达到 1 期或以上得 35 分，否则不得分。"`,
    );
  });

  it("reads the exam as 30 points scaled to the score, with no word about exceeding 100", () => {
    expect(lineOf("考核项", "考试")?.sentence).toMatchInlineSnapshot(
      `"按考试成绩折算，满分 30 分：考试成绩达到 100 分得满分，不足按比例计（30 × 考试成绩 ÷ 100）。"`,
    );
  });

  it("adds the three components to a total out of 100", () => {
    expect(lineOf("总分")?.sentence).toMatchInlineSnapshot(
      `"以上 3 项得分相加为总分，满分 100 分，保留 2 位小数。"`,
    );
  });

  it("spells out each gate with its unit", () => {
    expect(gdLines.filter((l) => l.topic === "必要条件").map((l) => l.sentence)).toMatchInlineSnapshot(`
      [
        "无论总分多少，线上学时都须达到 20 学时或以上。",
        "无论总分多少，线下参训期数都须达到 1 期或以上。",
        "无论总分多少，考试成绩都须达到 60 分或以上。",
      ]
    `);
  });

  it("says that exactly 75 points does not pass", () => {
    expect(lineOf("通过标准")?.sentence).toMatchInlineSnapshot(
      `"满足全部必要条件，且总分超过 75 分（75 分不算通过），即通过考核。"`,
    );
  });

  it("gives the certificate and the talent pool to those who pass", () => {
    expect([lineOf("证书")?.sentence, lineOf("人才库")?.sentence]).toMatchInlineSnapshot(`
      [
        "通过考核的学员获颁结业证书。",
        "通过考核的学员纳入广东省知识产权运营人才库。",
      ]
    `);
  });

  it("lists the admission priority, then registration time, and the fee with its waiver", () => {
    expect(lineOf("线下录取与收费")?.sentence).toMatchInlineSnapshot(
      `"线下培训每期按名额录取，依次优先录取：1. 曾获中国专利奖或广东省专利奖；2. 湾高赛获奖或参赛项目主体单位人员；其余按报名时间先后录取。省外的学员缴纳培训费 1000 元/人/次，其中“湾高赛获奖或参赛”为“是”的免缴。"`,
    );
  });

  it("prints the seed's wording beside each rule it reads", () => {
    expect(lineOf("通过标准")?.original).toContain("考核总分超过 75 分者可认定为通过考核");
  });

  it("prints no ranking line where nothing is ranked", () => {
    expect(lineOf("同分排序")).toBeUndefined();
  });
});

describe("describeRules on single rules", () => {
  it("reads a pass mark of at least 60 as including 60", () => {
    expect(sentences({ passMark: { ...rule, op: ">=", mark: 60 } })).toMatchInlineSnapshot(`
      [
        "总分达到 60 分或以上（60 分算通过），即通过考核。",
      ]
    `);
  });

  it("reads a threshold without a unit", () => {
    const c = { ...rule, kind: "threshold", measure: "score", op: ">", threshold: 80, weight: 10 } as const;
    expect(sentences({ components: [c] })).toMatchInlineSnapshot(`
      [
        "考试成绩超过 80 得 10 分，否则不得分。",
      ]
    `);
  });

  it("reads a pro-rata component against a fixed requirement", () => {
    const c = { ...rule, kind: "proRata", measure: "hours", required: 40, weight: 60 } as const;
    expect(sentences({ components: [c] })).toMatchInlineSnapshot(`
      [
        "按线上学时折算，满分 60 分：线上学时达到 40 学时得满分，不足按比例计（60 × 线上学时 ÷ 40），超出不再加分。",
      ]
    `);
  });

  it("reads a pro-rata component against each trainee's own requirement", () => {
    const required = { measure: "requiredHours" };
    const c = { ...rule, kind: "proRata", measure: "hours", required, weight: 60 } as const;
    expect(sentences({ components: [c] })).toMatchInlineSnapshot(`
      [
        "按完成比例计分，满分 60 分：60 × 线上学时 ÷ 应完成量，完成应完成量即得满分，超出不再加分。",
      ]
    `);
  });

  it("reads point items with their cap", () => {
    const items = [
      { measure: "filings", label: "专利产品备案", pointsEach: 2 },
      { measure: "recognised", label: "获得认定", pointsEach: 3 },
    ];
    expect(sentences({ components: [{ ...rule, kind: "items", items, cap: 10 }] })).toMatchInlineSnapshot(`
      [
        "专利产品备案每项 2 分，获得认定每项 3 分；本项合计最高 10 分。",
      ]
    `);
  });

  it("says when point items have no cap", () => {
    const items = [{ measure: "marks", label: "商标", pointsEach: 2 }];
    expect(sentences({ components: [{ ...rule, kind: "items", items }] })).toMatchInlineSnapshot(`
      [
        "商标每项 2 分；本项不设上限。",
      ]
    `);
  });

  it("reads amount bands in 万元", () => {
    const bands = [{ below: 10_000_000, points: 3 }, { points: 5 }];
    const c = { ...rule, kind: "bands", measure: "pledge", bands, unit: "元" } as const;
    expect(sentences({ components: [c] })).toMatchInlineSnapshot(`
      [
        "按质押融资金额计分：低于 1000 万元得 3 分，1000 万元及以上得 5 分；为 0 或未填不得分。",
      ]
    `);
  });

  it("reads a bonus for a yes/no measure", () => {
    expect(sentences({ components: [{ ...rule, kind: "bonus", measure: "recognised", points: 2 }] }))
      .toMatchInlineSnapshot(`
      [
        "“专利产品获认定”为“是”的，加 2 分。",
      ]
    `);
  });

  it("reads a gate that only asks for a measure to be present", () => {
    expect(sentences({ gates: [{ ...rule, measure: "quality", op: "present" }] })).toMatchInlineSnapshot(`
      [
        "无论总分多少，“问卷质量”一栏都须为“是”或已填写。",
      ]
    `);
  });

  it("reads a quota per cluster and says ties at the cut go to staff", () => {
    const selection = { ...rule, groupBy: "cluster", quota: 200 } as const;
    expect(sentences({ selection })).toMatchInlineSnapshot(`
      [
        "按总分从高到低排名，每个城市圈（群）各取前 200 名；名额边界上同分的人不自动取舍，交由工作人员决定。",
        "总分相同的人名次并列。",
      ]
    `);
  });

  it("reads a tie-break order wherever people are ranked", () => {
    const selection = { ...rule, groupBy: "none", quota: 5 } as const;
    const ranking = { tieBreak: [{ measure: "score", order: "desc" }] } as const;
    expect(sentences({ selection, ranking })).toMatchInlineSnapshot(`
      [
        "按总分从高到低排名，取前 5 名；名额边界上同分的人不自动取舍，交由工作人员决定。",
        "总分相同时依次比较考试成绩（高者在前）；仍相同的名次并列。",
      ]
    `);
  });

  it("reads tiers with floor rounding and a worked example", () => {
    const tiering = {
      ...rule,
      failBelow: 60,
      failTier: "不合格",
      restTier: "合格",
      base: "assessed",
      rounding: "floor",
      shares: [
        { tier: "优秀", share: 0.1 },
        { tier: "良好", share: 0.3 },
      ],
      overridable: true,
    } as const;
    expect(sentences({ tiering })).toMatchInlineSnapshot(`
      [
        "总分低于 60 分为“不合格”。按当年参加考核总人数计名额（向下取整）：“优秀” 10%、“良好” 30%，从达到 60 分的人中按总分名次依次评定，其余为“合格”；例如当年参加考核总人数为 25 人时，“优秀” 2 名、“良好” 7 名。工作人员可写明理由后调整个人等次。",
        "总分相同的人名次并列。",
      ]
    `);
  });

  it("reads an exam and a practical with one make-up, after which there is no certificate", () => {
    const attempts = {
      ...rule,
      parts: [
        { id: "exam", label: "考试", measure: "exam", makeUpMeasure: "examMakeUp", op: ">=", value: 60 },
        {
          id: "practical",
          label: "实务考核",
          measure: "practical",
          makeUpMeasure: "practicalMakeUp",
          op: "present",
        },
      ],
      makeUps: 1,
      use: "last",
    } as const;
    expect(sentences({ attempts })).toMatchInlineSnapshot(`
      [
        "考试成绩达到 60 分或以上且实务考核通过方可认证；首次未通过的可补考 1 次（以补考成绩为准），补考仍未通过的不予认证。",
      ]
    `);
  });

  it("reads several parts that need only be passed as passed together", () => {
    const part = (id: string, label: string) => ({ id, label, measure: id, op: "present" }) as const;
    const attempts = {
      ...rule,
      parts: [part("exam", "线下考核"), part("practice", "实战操作"), part("report", "学习报告")],
      makeUps: 0,
      use: "best",
    } as const;
    expect(sentences({ attempts })).toMatchInlineSnapshot(`
      [
        "线下考核、实战操作、学习报告均通过方可认证；不设补考。",
      ]
    `);
  });

  it("says when there is no make-up", () => {
    const attempts = {
      ...rule,
      parts: [{ id: "exam", label: "考试", measure: "exam", op: ">=", value: 60 }],
      makeUps: 0,
      use: "best",
    } as const;
    expect(sentences({ attempts })).toMatchInlineSnapshot(`
      [
        "考试成绩达到 60 分或以上方可认证；不设补考。",
      ]
    `);
  });

  it("gives a certificate from a tier upwards", () => {
    expect(sentences({ certificate: { ...rule, label: "结业证书", when: { tierAtLeast: "合格" } } }))
      .toMatchInlineSnapshot(`
      [
        "等次为“合格”及以上的学员获颁结业证书。",
      ]
    `);
  });

  it("says which parameters staff set themselves", () => {
    const c = {
      ...rule,
      id: "achievement",
      label: "工作成果",
      kind: "linear",
      measure: "score",
      full: 100,
      weight: 40,
    } as const;
    const staffSet = [{ path: "components.achievement.weight", note: "原文只列指标，未定权重。" }];
    const lines = describeRules(ruleSet.parse({ ...empty, components: [c], staffSet }), names);
    expect(lines.at(-1)).toMatchInlineSnapshot(`
      {
        "label": "工作成果的权重",
        "original": undefined,
        "sentence": "原文未给出此项，由工作人员为每期学员自行设定。说明：原文只列指标，未定权重。",
        "topic": "工作人员设定",
      }
    `);
  });

  it("finds a staff-set component by its position as well as by its id", () => {
    const c = {
      ...rule,
      id: "achievement",
      label: "工作成果",
      kind: "linear",
      measure: "score",
      full: 100,
      weight: 40,
    } as const;
    const staffSet = [{ path: "components.0.weight", note: "本站默认 40 分" }];
    const lines = describeRules(ruleSet.parse({ ...empty, components: [c], staffSet }), names);
    expect(lines.at(-1)?.label).toBe("工作成果的权重");
  });
});

describe("describeTarget", () => {
  it("reads a person-time goal broken down by year and category", () => {
    const target = {
      ...rule,
      counts: "personTimes",
      value: 2000,
      unit: "人次",
      breakdown: ["year", "category"],
    } as const;
    expect(describeTarget(targetSchema.parse(target))).toMatchInlineSnapshot(
      `"培训人次不少于 2000 人次，进度按年度、人才类别分别统计。"`,
    );
  });

  it("reads a talent-pool goal with its year", () => {
    const target = {
      ...rule,
      counts: "poolMembers",
      value: 100,
      unit: "人",
      by: 2026,
      breakdown: [],
    } as const;
    expect(describeTarget(targetSchema.parse(target))).toMatchInlineSnapshot(
      `"到 2026 年，人才库人数不少于 100 人。"`,
    );
  });

  it("reads an approximate goal as 约, not 不少于", () => {
    const target = {
      ...rule,
      counts: "trainees",
      value: 600,
      bound: "about",
      unit: "人",
      breakdown: [],
    } as const;
    expect(describeTarget(targetSchema.parse(target))).toMatchInlineSnapshot(`"培训人数约 600 人。"`);
  });

  it("reads 10,000 enterprises as 1 万家", () => {
    const target = {
      ...rule,
      counts: "enterprises",
      value: 10_000,
      unit: "家",
      breakdown: ["region"],
    } as const;
    expect(describeTarget(targetSchema.parse(target))).toMatchInlineSnapshot(
      `"覆盖企业不少于 1 万家，进度按地区分别统计。"`,
    );
  });
});

describe("collectMeasureNames", () => {
  it("names a measure by its template header and the unit its gate gives", () => {
    expect(collectMeasureNames(gd.rules, gd.templates).get("onlineHours")).toEqual({
      label: "线上学时",
      unit: "学时",
      max: 500,
    });
  });
});
