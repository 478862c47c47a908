import { describe, expect, it } from "vitest";
import {
  countRecords,
  declareSeparator,
  guessSeparator,
  readSeparator,
} from "../../../src/import/csv-text.ts";

describe("guessing a CSV separator", () => {
  it("takes the separator the header line uses most", () => {
    expect(guessSeparator("姓名;学时;成绩\n张三;20,5;85")).toBe(";");
  });

  it("reads tabs as the separator of a tab-separated file", () => {
    expect(guessSeparator("姓名\t学时\n张三\t20")).toBe("\t");
  });

  it("ignores separators inside quotes", () => {
    expect(guessSeparator('"武汉,黄石";学时;成绩')).toBe(";");
  });

  it("falls back to a comma for a one-column file", () => {
    expect(guessSeparator("姓名\n张三")).toBe(",");
  });

  it("honours a sep= first line", () => {
    expect(readSeparator("sep=|\n姓名,学时|成绩")).toBe("|");
  });
});

describe("declaring the separator to SheetJS", () => {
  it("prefixes a sep= line, so a file starting with ID is not taken for SYLK", () => {
    expect(declareSeparator("ID,姓名\n1,张三", ",")).toBe("sep=,\nID,姓名\n1,张三");
  });

  it("leaves a file that has its own sep= line as it is", () => {
    expect(declareSeparator("sep=;\n姓名;学时", ";")).toBe("sep=;\n姓名;学时");
  });
});

describe("counting CSV records", () => {
  it("counts lines whether or not the last one ends with a line break", () => {
    expect([countRecords("a\nb\nc", ","), countRecords("a\r\nb\r\nc\r\n", ",")]).toEqual([3, 3]);
  });

  it("does not count a line break inside a quoted field", () => {
    expect(countRecords('姓名,备注\n张三,"第一行\n第二行"\n李四,无', ",")).toBe(3);
  });

  it("treats a quote inside an unquoted field as text, as SheetJS does", () => {
    expect(countRecords('尺寸,备注\n5",无\n6",无', ",")).toBe(3);
  });
});
