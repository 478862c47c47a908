import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { writeResultsWorkbook } from "../../../src/export/write-results-workbook.ts";

const bytes = writeResultsWorkbook([
  {
    name: "结果",
    table: {
      header: ["姓名", "身份证号", "总分", "排名"],
      rows: [
        ["=SUM(A1:A2)", "420102199003011010", 75.5, 1],
        ["李四", null, 60, null],
      ],
      pointColumns: [2],
    },
  },
  { name: "问题", table: { header: ["说明"], rows: [], pointColumns: [] } },
]);
const book = XLSX.read(bytes, { cellFormula: true, cellNF: true });
const results = book.Sheets["结果"]!;

describe("writeResultsWorkbook", () => {
  it("writes the sheets in order, with their headers", () => {
    expect(book.SheetNames).toEqual(["结果", "问题"]);
    expect(XLSX.utils.sheet_to_json(book.Sheets["问题"]!, { header: 1 })).toEqual([["说明"]]);
  });

  it("keeps an 18-digit ID as text with every digit", () => {
    expect(results["B2"]).toMatchObject({ t: "s", v: "420102199003011010" });
  });

  it("writes text that looks like a formula as text, and no formula at all", () => {
    expect(results["A2"]).toMatchObject({ t: "s", v: "=SUM(A1:A2)" });
    expect(
      Object.values(results).some((cell) => typeof cell === "object" && cell !== null && "f" in cell),
    ).toBe(false);
  });

  it("writes points as numbers shown with two decimals, and leaves empty cells empty", () => {
    expect(results["C2"]).toMatchObject({ t: "n", v: 75.5, z: "0.00" });
    expect(results["D2"]).toMatchObject({ t: "n", v: 1 });
    expect(results["B3"]).toBeUndefined();
  });
});

describe("writeResultsWorkbook with a form's title rows", () => {
  const form = XLSX.read(
    writeResultsWorkbook([
      {
        name: "培训情况统计表",
        table: {
          titleRows: ["培训情况统计表", "单位（盖章）："],
          header: ["序号", "培训班名称", "人数"],
          rows: [[1, "=1+1", 80]],
          pointColumns: [],
        },
      },
    ]),
    { cellFormula: true },
  );
  const sheet = form.Sheets["培训情况统计表"]!;

  it("writes the title rows above the header, the title across the table", () => {
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([
      ["培训情况统计表"],
      ["单位（盖章）："],
      ["序号", "培训班名称", "人数"],
      [1, "=1+1", 80],
    ]);
    expect(sheet["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }]);
  });

  it("keeps a class name that looks like a formula as text", () => {
    expect(sheet["B4"]).toMatchObject({ t: "s", v: "=1+1" });
    expect(sheet["B4"]).not.toHaveProperty("f");
  });
});
