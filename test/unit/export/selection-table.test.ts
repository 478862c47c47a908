import { describe, expect, it } from "vitest";
import type { TraineeDecision } from "../../../src/core/scoring/scoring-input.ts";
import { buildSelectionTable } from "../../../src/export/selection-table.ts";
import { idNumber, mobile } from "../core/validation/people.ts";
import { patchRules, scoredOf, sheetOf } from "./cohorts.ts";
import { printTable } from "./print-table.ts";

// Quota 2 per cluster: 武汉 has 王一 alone at the top and 李二, 张三 tied for the second seat.
const roster = sheetOf(
  "hb-specialist-2022",
  "trainees",
  [
    "name",
    "idNumber",
    "phone",
    "employer",
    "region",
    "questionnaireSubmitted",
    "questionnaireQuality",
    "onlineHours",
    "quiz",
  ],
  [
    ["王一", idNumber(1), mobile(1), "甲公司", "武汉", true, 100, 20, 100],
    ["李二", idNumber(2), mobile(2), "乙公司", "黄石", true, 100, 20, 50],
    ["张三", idNumber(3), mobile(3), "丙公司", "鄂州", true, 50, 20, 100],
    ["赵四", idNumber(4), mobile(4), "丁公司", "孝感", true, 0, 20, 100],
    ["钱五", idNumber(5), mobile(5), "戊公司", "宜昌", true, 100, 20, 100],
    ["孙六", idNumber(6), mobile(6), "己公司", "襄阳", true, 100, 20, 100],
    ["周七", idNumber(7), mobile(7), "庚公司", "十堰", true, 0, 10, 0],
    ["吴八", idNumber(8), mobile(8), "辛公司", "随州", null, 100, 20, 100],
  ],
);
const rules = patchRules("hb-specialist-2022", { "selection.quota": 2 });
const keyOf = (n: number) => `id:${idNumber(n)}`;

function selectionOf(decisions: TraineeDecision[] = [], fullIds = false) {
  return buildSelectionTable(scoredOf("hb-specialist-2022", [roster], { rules, decisions }), { fullIds });
}

describe("the selection list", () => {
  it("lists the selected of each cluster in rank order, clusters in Hubei's order, ties at the quota as 待定", () => {
    expect(printTable(selectionOf())).toMatchInlineSnapshot(`
      "城市圈 | 序号 | 排名 | 姓名 | 身份证号 | 手机 | 工作单位 | 所在市州 | 总分 | 遴选结果 | 备注
      武汉“1+8”城市圈 | 1 | 1 | 王一 | 420102********0010 | 138****0001 | 甲公司 | 武汉 | 100 | 入选 | 
      武汉“1+8”城市圈 | 2 | 2 | 李二 | 420102********0029 | 138****0002 | 乙公司 | 黄石 | 85 | 待定（并列） | 总分 85.00 并列第 2 名，2 人争 1 个名额，待人工决定
      武汉“1+8”城市圈 | 3 | 2 | 张三 | 420102********0037 | 138****0003 | 丙公司 | 鄂州 | 85 | 待定（并列） | 总分 85.00 并列第 2 名，2 人争 1 个名额，待人工决定
      襄十随神城市群 | 1 | 1 | 孙六 | 420102********0061 | 138****0006 | 己公司 | 襄阳 | 100 | 入选 | 
      襄十随神城市群 | 2 | 2 | 周七 | 420102********007X | 138****0007 | 庚公司 | 十堰 | 20 | 入选 | 
      宜荆荆恩城市群 | 1 | 1 | 钱五 | 420102********0053 | 138****0005 | 戊公司 | 宜昌 | 100 | 入选 | "
    `);
  });

  it("keeps the one of a settled tie who takes the seat, saying a person decided", () => {
    const rows = selectionOf([
      { traineeId: keyOf(2), kind: "tie", value: "入选", reason: "问卷质量更高" },
      { traineeId: keyOf(3), kind: "tie", value: "未入选", reason: "问卷质量更高" },
    ]).rows.filter((row) => row[0] === "武汉“1+8”城市圈");
    expect(rows.map((row) => [row[3], row.at(-2), row.at(-1)])).toEqual([
      ["王一", "入选", null],
      ["李二", "入选", "总分 85.00 并列第 2 名，2 人争 1 个名额，已由人工决定"],
    ]);
  });

  it("lists a trainee a person selected by override, with the computed result and the reason", () => {
    const rows = selectionOf([
      { traineeId: keyOf(4), kind: "selection", value: "入选", reason: "市州推荐" },
    ]).rows.filter((row) => row[3] === "赵四");
    expect(rows.map((row) => [row.at(-2), row.at(-1)])).toEqual([
      ["入选", "人工调整为入选（计算结果为未入选）；理由：市州推荐"],
    ]);
  });

  it("writes ID numbers and phones whole only when asked", () => {
    const first = selectionOf([], true).rows[0]!;
    expect([first[4], first[5]]).toEqual([idNumber(1), mobile(1)]);
  });
});
