import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../../src/core/cells/parse-number.ts";
import { bool, date, num, text } from "./build-cells.ts";

describe("parseNumber", () => {
  it.each([
    ["８５．５", 85.5],
    ["85分", 85],
    [" 85 ", 85],
    ["1,000,000.5", 1_000_000.5],
    ["1000万", 10_000_000],
    ["1000万元", 10_000_000],
    ["1.5亿", 150_000_000],
    ["-3", -3],
    ["1.5E3", 1500],
  ])("reads %s as %d", (input, expected) => {
    expect(parseNumber(text(input))).toEqual({ ok: true, value: expected });
  });

  it("takes a number cell's value as it is", () => {
    expect(parseNumber(num(72.5))).toEqual({ ok: true, value: 72.5 });
  });

  it("reads a percentage as points when the field counts to 100", () => {
    expect(parseNumber(text("85%"), { max: 100 })).toEqual({ ok: true, value: 85 });
  });

  it("reads a percentage as a fraction when the field counts to 1", () => {
    expect(parseNumber(text("85%"), { max: 1 })).toEqual({ ok: true, value: 0.85 });
  });

  it("reads a number cell formatted as a percentage the same way as typed percentages", () => {
    expect(parseNumber(num(0.85, "0%"), { max: 100 })).toEqual({ ok: true, value: 85 });
  });

  it("scales 万 without floating-point noise", () => {
    expect(parseNumber(text("1.1万"))).toEqual({ ok: true, value: 11_000 });
  });

  it("rejects a misplaced thousands separator", () => {
    expect(parseNumber(text("1,00"))).toMatchInlineSnapshot(`
      {
        "message": "「1,00」不是数字",
        "ok": false,
      }
    `);
  });

  it("rejects words", () => {
    expect(parseNumber(text("八十五"))).toMatchInlineSnapshot(`
      {
        "message": "「八十五」不是数字",
        "ok": false,
      }
    `);
  });

  it("names the upper bound a value passes", () => {
    expect(parseNumber(text("120"), { min: 0, max: 100 })).toMatchInlineSnapshot(`
      {
        "message": "120 超过上限 100",
        "ok": false,
      }
    `);
  });

  it("names the lower bound a value falls under", () => {
    expect(parseNumber(num(-5), { min: 0, max: 100 })).toMatchInlineSnapshot(`
      {
        "message": "-5 低于下限 0",
        "ok": false,
      }
    `);
  });

  it("accepts the bounds themselves", () => {
    expect(parseNumber(num(100), { min: 0, max: 100 })).toEqual({ ok: true, value: 100 });
  });

  it("rejects a fraction where a whole number is asked for", () => {
    expect(parseNumber(text("2.5"), { integer: true })).toMatchInlineSnapshot(`
      {
        "message": "2.5 不是整数",
        "ok": false,
      }
    `);
  });

  it("says a logical cell is not a number", () => {
    expect(parseNumber(bool(true))).toMatchInlineSnapshot(`
      {
        "message": "单元格是逻辑值 TRUE，不是数字",
        "ok": false,
      }
    `);
  });

  it("says a date cell is not a number", () => {
    expect(parseNumber(date(44986))).toMatchInlineSnapshot(`
      {
        "message": "单元格是日期，不是数字",
        "ok": false,
      }
    `);
  });
});
