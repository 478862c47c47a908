import { describe, expect, it } from "vitest";
import { parseDate } from "../../../../src/core/cells/parse-date.ts";
import { bool, date, num, text } from "./build-cells.ts";

describe("parseDate", () => {
  it.each([
    ["2023年3月1日", "2023-03-01"],
    ["2023 年 3 月 1 日", "2023-03-01"],
    ["２０２３年３月１日", "2023-03-01"],
    ["2023年3月1号", "2023-03-01"],
    ["2023/3/1", "2023-03-01"],
    ["2023-03-01", "2023-03-01"],
    ["2023.3.1", "2023-03-01"],
    ["2023年3月", "2023-03-01"],
    ["2023/3", "2023-03-01"],
    ["20230301", "2023-03-01"],
    ["2023/3/1 10:20:30", "2023-03-01"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseDate(text(input))).toEqual({ ok: true, value: expected });
  });

  it("reads an Excel date cell", () => {
    expect(parseDate(date(44986))).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("reads an Excel date cell from a 1904-system workbook", () => {
    expect(parseDate(date(43524, true))).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("reads a number cell with a date format as a serial", () => {
    expect(parseDate(num(44986, "yyyy/m/d"))).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("reads an eight-digit number as year, month and day", () => {
    expect(parseDate(num(20230301))).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("does not guess that a bare number is a serial", () => {
    expect(parseDate(num(44986))).toMatchInlineSnapshot(`
      {
        "message": "单元格是数字 44986，不是日期；若是 Excel 日期序号，请在表格中把该列设为日期格式",
        "ok": false,
      }
    `);
  });

  it("rejects a day the calendar does not have", () => {
    expect(parseDate(text("2023年2月29日"))).toMatchInlineSnapshot(`
      {
        "message": "「2023年2月29日」不是存在的日期",
        "ok": false,
      }
    `);
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseDate(text("2024-02-29"))).toEqual({ ok: true, value: "2024-02-29" });
  });

  it("rejects mixed separators", () => {
    expect(parseDate(text("2023-3/1")).ok).toBe(false);
  });

  it("rejects a year outside 1900–2100", () => {
    expect(parseDate(text("1023-03-01"))).toMatchInlineSnapshot(`
      {
        "message": "「1023-03-01」的年份不在 1900—2100 之间",
        "ok": false,
      }
    `);
  });

  it("rejects text that is not a date and shows the accepted forms", () => {
    expect(parseDate(text("三月一日"))).toMatchInlineSnapshot(`
      {
        "message": "「三月一日」不是日期，可写成 2023-03-01 或 2023年3月1日",
        "ok": false,
      }
    `);
  });

  it("says a logical cell is not a date", () => {
    expect(parseDate(bool(true))).toMatchInlineSnapshot(`
      {
        "message": "单元格是逻辑值 TRUE，不是日期",
        "ok": false,
      }
    `);
  });
});
