import { describe, expect, it } from "vitest";
import { scoreImports } from "../../../src/export/score-imports.ts";
import { loadProgram } from "../helpers/load-programs.ts";
import { idNumber } from "../core/validation/people.ts";
import { sheetOf } from "./cohorts.ts";

describe("scoreImports", () => {
  it("scores trainees merged across an hours file and an exam file", () => {
    const hours = sheetOf(
      "gd-ipo-2021",
      "trainees",
      ["name", "idNumber", "employer", "onlineHours", "offlineSessions"],
      [["张三", idNumber(1), "甲公司", 20, 1]],
      "学时.xlsx",
    );
    const exam = sheetOf("gd-ipo-2021", "trainees", ["idNumber", "exam"], [[idNumber(1), 80]], "考试.xlsx");
    const scored = scoreImports(loadProgram("gd-ipo-2021").data, [hours, exam], [], { fullIds: false });
    expect(scored.summary.computed.outcomes["通过"]).toBe(1);
    expect(Array.from(scored.scores.total)).toEqual([9400]);
  });

  it("lists reading problems first, then conflicts between files", () => {
    const a = sheetOf("gd-ipo-2021", "trainees", ["idNumber", "exam"], [[idNumber(1), 80]], "一.xlsx");
    const b = sheetOf("gd-ipo-2021", "trainees", ["idNumber", "exam"], [[idNumber(1), 85]], "二.xlsx");
    const reading = {
      fileName: "一.xlsx",
      sheetName: "Sheet1",
      row: 9,
      column: "B",
      header: "成绩",
      message: "必填项为空",
      severity: "error",
    } as const;
    const scored = scoreImports(loadProgram("gd-ipo-2021").data, [a, b], [reading], { fullIds: false });
    expect(scored.problems.map((p) => [p.fileName, p.row, p.severity])).toEqual([
      ["一.xlsx", 9, "error"],
      ["二.xlsx", 2, "warning"],
    ]);
  });

  it("counts participation rows toward the person-times target and adds a 目标进度 sheet", () => {
    const rows = sheetOf(
      "jy-talent-plan-2022",
      "participations",
      ["name", "employer", "year", "category", "trainingName"],
      [
        ["张三", "甲公司", 2022, "管理", "专利导航"],
        ["张三", "甲公司", 2023, "管理", "商标品牌"],
      ],
    );
    const scored = scoreImports(loadProgram("jy-talent-plan-2022").data, [rows], [], { fullIds: false });
    expect(scored.progress[0]?.value).toBe(2);
    expect(scored.sheets.map((s) => s.name)).toEqual(["结果", "问题", "目标进度"]);
    expect(scored.summary.computed.trainees).toBe(0);
  });
});
