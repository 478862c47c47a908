import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { writeCsv } from "../../../src/export/write-csv.ts";

/** The CSV of one column holding `cells`, split back into lines, BOM and header left out. */
function lines(cells: (string | number | null)[]): string[] {
  return writeCsv({ header: ["值"], rows: cells.map((c) => [c]), pointColumns: [] })
    .split("\r\n")
    .slice(1, -1);
}

describe("writeCsv", () => {
  it("starts with a byte-order mark so Excel reads the Chinese as UTF-8, and ends each line with CRLF", () => {
    const text = writeCsv({ header: ["姓名", "总分"], rows: [["张三", 75.5]], pointColumns: [1] });
    expect(text).toBe("\uFEFF姓名,总分\r\n张三,75.5\r\n");
  });

  it("puts a ' before text that a spreadsheet would run as a formula", () => {
    expect(lines(["=1+1", "+8613800000000", "-5", "@SUM(A1:A2)", "\t=1", "\r=1"])).toEqual([
      "'=1+1",
      "'+8613800000000",
      "'-5",
      "'@SUM(A1:A2)",
      "'\t=1",
      // A carriage return inside a cell is quoted, as RFC 4180 asks.
      `"'\r=1"`,
    ]);
  });

  it("leaves numbers alone, a negative one included", () => {
    expect(lines([-5, 0, 1.25, 42])).toEqual(["-5", "0", "1.25", "42"]);
  });

  it("quotes cells with a comma, a quote or a line break, doubling the quotes", () => {
    expect(lines(["甲,乙", '他说"好"', "第一行\n第二行"])).toEqual([
      '"甲,乙"',
      '"他说""好"""',
      '"第一行\n第二行"',
    ]);
  });

  it("writes an empty cell for nothing, and leaves ordinary text as it is", () => {
    expect(lines([null, "张三", "420102********0010"])).toEqual(["", "张三", "420102********0010"]);
  });

  it("writes a form's title rows above the header, one cell each", () => {
    const text = writeCsv({
      titleRows: ["培训情况统计表", "单位（盖章）："],
      header: ["序号"],
      rows: [[1]],
      pointColumns: [],
    });
    expect(text.slice(1).split("\r\n")).toEqual(["培训情况统计表", "单位（盖章）：", "序号", "1", ""]);
  });

  it("gives SheetJS no formula to read back, where the bare CSV would (issue 5)", () => {
    const cells = ["=1+1", "@SUM(A1:A2)", "+1+1"];
    const bare = XLSX.read(["值", ...cells].join("\r\n"), { type: "string", cellFormula: true });
    const guarded = XLSX.read(writeCsv({ header: ["值"], rows: cells.map((c) => [c]), pointColumns: [] }), {
      type: "string",
      cellFormula: true,
    });
    const formulas = (book: XLSX.WorkBook) =>
      Object.values(book.Sheets[book.SheetNames[0]!]!).filter(
        (c) => typeof c === "object" && c !== null && "f" in c,
      ).length;
    expect(formulas(bare)).toBeGreaterThan(0);
    expect(formulas(guarded)).toBe(0);
  });
});
