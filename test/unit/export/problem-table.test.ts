import { describe, expect, it } from "vitest";
import { buildProblemTable } from "../../../src/export/problem-table.ts";

describe("the 问题 table", () => {
  it("lists each problem with its place, leaving the place empty for whole-cohort problems", () => {
    const table = buildProblemTable([
      {
        fileName: "学员.xlsx",
        sheetName: "Sheet1",
        row: 5,
        column: "G",
        header: "考试成绩",
        message: "120 超过上限 100",
        severity: "error",
      },
      {
        fileName: "",
        sheetName: "",
        row: 0,
        column: "",
        header: "",
        message: "并列待定",
        severity: "warning",
      },
    ]);
    expect([table.header, ...table.rows]).toEqual([
      ["文件", "工作表", "行", "列", "表头", "类别", "说明"],
      ["学员.xlsx", "Sheet1", 5, "G", "考试成绩", "错误", "120 超过上限 100"],
      [null, null, null, null, null, "提醒", "并列待定"],
    ]);
  });
});
