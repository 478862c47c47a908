import { describe, expect, it } from "vitest";
import { MAX_ROWS } from "../../../src/import/import-limits.ts";
import { openWorkbook, readSheetPieces, readSheetRows } from "../../../src/import/read-workbook.ts";
import { openFixture } from "./fixture-files.ts";
import { showRows } from "./show-cells.ts";

const traineeHeader = ["姓名", "身份证号", "手机号码", "工作单位", "所在市州", "学时", "考试成绩"];

function readFirstSheet(name: string): string[][] {
  const opened = openFixture(name);
  return showRows(readSheetRows(opened, opened.summary.sheets[0]?.name ?? ""));
}

function openText(fileName: string, text: string) {
  return openWorkbook(new TextEncoder().encode(text), fileName);
}

describe("reading sheets as they were laid out", () => {
  it("keeps title rows above the header, with the title's merge", () => {
    const opened = openFixture("title-rows.xlsx");
    const rows = showRows(readSheetRows(opened, "学员名单"));
    expect(rows.slice(0, 4)).toEqual([
      ["2023年全省知识产权专员培训学员统计表", "", "", "", "", "", ""],
      ["填报单位：湖北省知识产权局", "", "", "", "", "填报日期：2023年3月1日", ""],
      ["", "", "", "", "", "", ""],
      traineeHeader,
    ]);
    expect(opened.summary.sheets[0]?.merges).toEqual([
      { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 6 },
    ]);
  });

  it("lists the merges of a two-row header and leaves merged-away cells empty", () => {
    const opened = openFixture("merged-two-row-header.xlsx");
    expect(showRows(readSheetRows(opened, "Sheet1")).slice(0, 2)).toEqual([
      ["序号", "姓名", "身份证号", "线上学习", "", "线下培训", ""],
      ["", "", "", "学时", "测验成绩", "参加场次", "考试成绩"],
    ]);
    expect(opened.summary.sheets[0]?.merges).toContainEqual({
      firstRow: 0,
      firstColumn: 3,
      lastRow: 0,
      lastColumn: 4,
    });
  });

  it("reads a totals row at the bottom like any other row, with its formula's cached value", () => {
    expect(readFirstSheet("totals-row.xlsx").at(-1)).toEqual(["合计", "", "", "", "", "78", ""]);
  });

  it("marks a hidden sheet and still lists it", () => {
    const sheets = openFixture("hidden-sheet.xlsx").summary.sheets;
    expect(
      sheets.map(({ name, hidden, rowCount, columnCount }) => ({ name, hidden, rowCount, columnCount })),
    ).toEqual([
      { name: "学员", hidden: false, rowCount: 4, columnCount: 7 },
      { name: "下拉选项", hidden: true, rowCount: 7, columnCount: 1 },
    ]);
  });

  it("reads the header of a 问卷星 export as it is", () => {
    expect(readFirstSheet("wjx-export.xlsx")[0]).toEqual([
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "1、您的姓名：",
      "2、您的手机号码：",
      "3、您所在的市州：",
    ]);
  });
});

describe("reading cell values", () => {
  it("reads error cells as errors, not as empty cells", () => {
    expect(readFirstSheet("error-cells.xlsx").slice(1)).toEqual([
      ["张三", "#N/A", "#DIV/0!"],
      ["李四", "85", "#VALUE!"],
    ]);
  });

  it("reads formulas by their cached values: numbers, booleans and text", () => {
    expect(readFirstSheet("formulas-cached.xlsx")[1]).toEqual(["张三", "12", "8", "20", "TRUE", "武汉"]);
  });

  it("reads dates of a 1904 workbook as date cells that carry the flag", () => {
    const opened = openFixture("dates-1904.xlsx");
    expect(opened.summary.date1904).toBe(true);
    expect(showRows(readSheetRows(opened, "Sheet1"))[1]).toEqual([
      "张三",
      "date:43524(1904)",
      "0.0625|[h]:mm:ss",
      "date:43524.5(1904)",
    ]);
  });

  it("keeps IDs that Excel stored as numbers as numbers with their format, so they can be flagged as damaged", () => {
    expect(readFirstSheet("ids-as-numbers.xlsx").slice(1)).toEqual([
      ["张三", "420102199003011000|0.00E+00"],
      ["李四", "110101199003077000"],
    ]);
  });
});

describe("reading other formats", () => {
  it("reads an .xls (BIFF8) file like the same .xlsx", () => {
    const opened = openFixture("biff8.xls");
    expect(opened.summary.format).toBe("xls");
    expect(showRows(readSheetRows(opened, "学员"))[0]).toEqual(traineeHeader);
  });

  it("reads an .ods file", () => {
    const opened = openFixture("trainees.ods");
    expect(opened.summary.format).toBe("ods");
    expect(showRows(readSheetRows(opened, "学员"))[1]?.slice(0, 2)).toEqual(["张三", "420102199003011002"]);
  });

  it("reads an HTML table saved as .xls, as some systems export", () => {
    const opened = openText(
      "导出.xls",
      "<table><tr><td>姓名</td><td>学时</td></tr><tr><td>张三</td><td>20</td></tr></table>",
    );
    expect(opened.summary.format).toBe("html");
    expect(showRows(readSheetRows(opened, opened.summary.sheets[0]?.name ?? ""))).toEqual([
      ["姓名", "学时"],
      ["张三", "20"],
    ]);
  });
});

describe("reading CSV files", () => {
  it("detects GBK, names the sheet after the file and says which encoding it used", () => {
    const opened = openFixture("gbk.csv");
    expect(opened.summary.encoding).toEqual({ name: "gb18030", source: "detected" });
    expect(opened.summary.sheets[0]?.name).toBe("gbk");
    expect(showRows(readSheetRows(opened, "gbk"))[0]).toEqual(traineeHeader);
  });

  it("reads a UTF-8 file with a byte-order mark without the mark in its first header", () => {
    expect(readFirstSheet("utf8-bom.csv")[0]).toEqual(traineeHeader);
  });

  it("reads a file again in the encoding the person picks", () => {
    const opened = openFixture("gbk.csv", { encoding: "utf-8" });
    expect(opened.summary.encoding).toEqual({ name: "utf-8", source: "chosen" });
    expect(showRows(readSheetRows(opened, "gbk"))[0]?.[0]).not.toBe("姓名");
  });

  it("keeps every digit of 18-digit IDs, leading zeros, and formulas as plain text", () => {
    expect(readFirstSheet("ids-and-formula.csv").slice(1)).toEqual([
      ["张三", "420102199003011002", "13812345670", "=1+1"],
      ["李四", "42010219900303102X", "013812345678", '=HYPERLINK("http://example.com")'],
    ]);
  });

  it("reads numbers in CSV as text, for the cell parsers to read", () => {
    expect(readFirstSheet("utf8-bom.csv")[1]?.slice(5)).toEqual(["18", "70"]);
  });

  it("reads a tab-separated UTF-16 file (Excel's Unicode text)", () => {
    expect(readFirstSheet("unicode-text.txt")[0]).toEqual(traineeHeader);
  });

  it("reads a CSV whose first header is ID as CSV, not as SYLK", () => {
    const opened = openText("名单.csv", "ID,姓名\n1,张三\n");
    expect(showRows(readSheetRows(opened, "名单"))).toEqual([
      ["ID", "姓名"],
      ["1", "张三"],
    ]);
  });

  it("reads a semicolon-separated CSV", () => {
    const opened = openText("名单.csv", "姓名;学时\n张三;20,5\n");
    expect(showRows(readSheetRows(opened, "名单"))[1]).toEqual(["张三", "20,5"]);
  });
});

describe("handing out rows in pieces", () => {
  it("reads a sheet at the row limit in full", () => {
    const opened = openText("名单.csv", "学时\n" + "1\n".repeat(MAX_ROWS - 1));
    expect(readSheetRows(opened, "名单")).toHaveLength(MAX_ROWS);
  });

  it("splits a sheet into pieces that say where they start", () => {
    const opened = openFixture("title-rows.xlsx");
    const pieces = [...readSheetPieces(opened, "学员名单", 4)];
    expect(pieces.map((piece) => [piece.firstRow, piece.rows.length])).toEqual([
      [0, 4],
      [4, 4],
      [8, 1],
    ]);
  });
});
