import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { buildExport, listExports, nameExportFile } from "../../../src/export/export-catalogue.ts";
import { writeCsv } from "../../../src/export/write-csv.ts";
import { writeResultsWorkbook } from "../../../src/export/write-results-workbook.ts";
import { loadPrograms } from "../helpers/load-programs.ts";
import { idNumber, mobile } from "../core/validation/people.ts";
import { scoredOf, sheetOf } from "./cohorts.ts";

const options = { fullIds: false, certificatePrefix: "GD-IPO-2021", unit: "" };

// Two passers, one whose name and employer begin like formulas.
const gd = scoredOf("gd-ipo-2021", [
  sheetOf(
    "gd-ipo-2021",
    "trainees",
    ["name", "idNumber", "phone", "employer", "onlineHours", "offlineSessions", "exam"],
    [
      ["张三", idNumber(1), mobile(1), "甲公司", 20, 1, 90],
      ["=1+1", idNumber(2), mobile(2), "@SUM(A1:A2)", 20, 1, 80],
    ],
  ),
]);

describe("the exports of each program", () => {
  it("are those its rules and templates call for", () => {
    const offered = Object.fromEntries(
      [...loadPrograms()].map(([slug, p]) => [slug, listExports(p.data).map((c) => c.label)]),
    );
    expect(offered).toMatchInlineSnapshot(`
      {
        "dj-practical-talent-2024": [
          "结果及说明",
          "培训学习成绩证书名单",
          "目标进度",
        ],
        "gd-ipo-2021": [
          "结果及说明",
          "结业证书名单",
          "广东省知识产权运营人才库名单",
        ],
        "hb-bxwq-2023": [
          "结果及说明",
          "湖北省知识产权专员证书名单",
          "培训情况统计表",
          "目标进度",
        ],
        "hb-specialist-2022": [
          "结果及说明",
          "遴选名单",
          "知识产权专员证书名单",
          "目标进度",
        ],
        "jy-talent-plan-2022": [
          "结果及说明",
          "目标进度",
        ],
      }
    `);
  });

  it("never write an ID number or a phone whole unless asked", () => {
    const text = listExports(gd.program)
      .map((choice) => writeCsv(buildExport(choice, gd, options).table))
      .join("\n");
    expect(text).not.toContain(idNumber(1));
    expect(text).not.toContain(mobile(1));
    const whole = writeCsv(
      buildExport({ id: "talentPool", label: "人才库" }, gd, { ...options, fullIds: true }).table,
    );
    expect(whole).toContain(idNumber(1));
    expect(whole).toContain(mobile(1));
  });

  it("come back from SheetJS with no formula and the formula-like text as text", () => {
    const book = XLSX.read(
      writeResultsWorkbook(listExports(gd.program).map((choice) => buildExport(choice, gd, options))),
      { cellFormula: true },
    );
    const cells = book.SheetNames.flatMap((name) =>
      Object.entries(book.Sheets[name]!).filter(([ref]) => !ref.startsWith("!")),
    );
    expect(cells.filter(([, cell]) => "f" in (cell as object))).toEqual([]);
    expect(
      cells
        .filter(([, cell]) => (cell as XLSX.CellObject).v === "=1+1")
        .map(([, c]) => (c as XLSX.CellObject).t),
    ).toEqual(["s", "s", "s"]);
  });

  it("are named after the cohort and the export, without characters a file system refuses", () => {
    expect(
      nameExportFile(
        { name: "2021/第一期:广州", year: 2021 },
        { id: "results", label: "结果及说明" },
        "xlsx",
      ),
    ).toBe("2021_第一期_广州-结果及说明.xlsx");
  });
});
