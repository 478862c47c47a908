import { describe, expect, it } from "vitest";
import { read, utils } from "@e965/xlsx";
import { buildTemplateWorkbook } from "../../../src/build/template-workbook.ts";
import { loadProgram } from "../helpers/load-programs.ts";

const template = loadProgram("gd-ipo-2021").data.templates[0]!;
const rowsOf = (bytes: Uint8Array) => {
  const book = read(bytes, { type: "array", cellStyles: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  return { sheet, rows: utils.sheet_to_json<string[]>(sheet, { header: 1, blankrows: false }) };
};

describe("buildTemplateWorkbook", () => {
  it("writes the field labels, in order, as the second row", () => {
    const { rows } = rowsOf(buildTemplateWorkbook(template));
    expect(rows[1]).toEqual(template.fields.map((f) => f.label));
  });

  it("writes the template title above the header", () => {
    const { rows } = rowsOf(buildTemplateWorkbook(template));
    expect(rows[0]).toEqual(["广东省知识产权运营人才培养项目学员考核表"]);
  });

  it("leaves the body empty for people to fill", () => {
    const { rows } = rowsOf(buildTemplateWorkbook(template));
    expect(rows).toHaveLength(2);
  });

  it("merges the title across every column", () => {
    const { sheet } = rowsOf(buildTemplateWorkbook(template));
    expect(sheet["!merges"]).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: template.fields.length - 1 } }]);
  });

  it("makes a column wide enough for a long Chinese header", () => {
    const { sheet } = rowsOf(buildTemplateWorkbook(template));
    const widths = sheet["!cols"]?.map((c) => c.wch);
    const longest = template.fields.findIndex((f) => f.label === "曾获中国专利奖或广东省专利奖");
    expect(widths?.[longest]).toBeGreaterThanOrEqual(28);
  });

  it("keeps a title with characters Excel forbids in sheet names readable", () => {
    const book = read(buildTemplateWorkbook({ ...template, title: "表一/表二：[样表]" }), { type: "array" });
    expect(book.SheetNames).toEqual(["表一 表二： 样表 "]);
  });
});
