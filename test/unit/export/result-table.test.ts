import { describe, expect, it } from "vitest";
import { scoreImports } from "../../../src/export/score-imports.ts";
import { loadProgram } from "../helpers/load-programs.ts";
import { idNumber } from "../core/validation/people.ts";
import { sheetOf } from "./cohorts.ts";

const gd = loadProgram("gd-ipo-2021").data;
const roster = sheetOf(
  "gd-ipo-2021",
  "trainees",
  ["name", "idNumber", "employer", "onlineHours", "offlineSessions", "exam"],
  [
    ["张三", idNumber(1), "甲公司", 20, 1, 60],
    ["李四", null, "乙公司", 18, 1, 90],
  ],
);

function resultsOf(fullIds: boolean) {
  const table = scoreImports(gd, [roster], [], { fullIds }).sheets.find((s) => s.name === "结果")!.table;
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, c) => [h, row[c]])));
}

describe("the 结果 table", () => {
  it("has one row per trainee with points, total, rank, outcome, certificate and talent pool", () => {
    expect(resultsOf(false)[0]).toMatchInlineSnapshot(`
      {
        "姓名": "张三",
        "工作单位": "甲公司",
        "广东省知识产权运营人才库": "是",
        "总分": 88,
        "排名": 2,
        "线上培训得分": 35,
        "线下培训得分": 35,
        "结业证书": "是",
        "结果": "通过",
        "考试得分": 18,
        "说明": "线上培训：线上学时 20，得 35.00 分；线下培训：线下参训期数 1 ≥ 1，得 35.00 分；考试：考试成绩 60，得 18.00 分；线下录取：按报名时间先后录取，是否省外 未录入，培训费待定；总分 88.00 > 75。",
        "身份证号": "420102********0010",
      }
    `);
  });

  it("masks ID numbers unless asked for them whole", () => {
    expect(resultsOf(false).map((r) => r["身份证号"])).toEqual([
      `${idNumber(1).slice(0, 6)}********${idNumber(1).slice(-4)}`,
      null,
    ]);
    expect(resultsOf(true)[0]?.["身份证号"]).toBe(idNumber(1));
  });

  it("has a 等次 column only for programs that tier, and a 排名范围 column only where ranks are per group", () => {
    const header = (slug: string) => {
      const program = loadProgram(slug).data;
      return scoreImports(program, [], [], { fullIds: false }).sheets[0]!.table.header;
    };
    expect(header("dj-practical-talent-2024")).toContain("等次");
    expect(header("gd-ipo-2021")).not.toContain("等次");
    expect(header("hb-specialist-2022")).toContain("排名范围");
    expect(header("gd-ipo-2021")).not.toContain("排名范围");
  });
});
