import { describe, expect, it } from "vitest";
import { parseCell } from "../../../../src/core/cells/parse-cell.ts";
import type { Field, FieldType } from "../../../../src/core/fields/field-schema.ts";
import { empty, error, num, text } from "./build-cells.ts";

const field = (type: FieldType, extra: Partial<Field> = {}): Field => ({
  key: "measure",
  label: "字段",
  aliases: [],
  type,
  required: false,
  ...extra,
});

describe("parseCell", () => {
  it("reads an empty optional cell as not entered, not zero", () => {
    expect(parseCell(field("number"), empty)).toEqual({ ok: true, value: null });
  });

  it("reads a lone slash as not entered", () => {
    expect(parseCell(field("number"), text(" / "))).toEqual({ ok: true, value: null });
  });

  it("reports an empty required cell", () => {
    expect(parseCell(field("text", { required: true }), text("  "))).toMatchInlineSnapshot(`
      {
        "message": "必填项为空",
        "ok": false,
      }
    `);
  });

  it("reports a formula error instead of reading it as empty", () => {
    expect(parseCell(field("number"), error("#N/A"))).toMatchInlineSnapshot(`
      {
        "message": "单元格是公式错误 #N/A（查找不到引用的值），请先在表格中修正",
        "ok": false,
      }
    `);
  });

  it("reports an error code it has no explanation for", () => {
    expect(parseCell(field("number"), error("#SPILL!"))).toMatchInlineSnapshot(`
      {
        "message": "单元格是公式错误 #SPILL!，请先在表格中修正",
        "ok": false,
      }
    `);
  });

  it("reads hours for a duration field", () => {
    expect(parseCell(field("duration"), text("20小时30分"))).toEqual({ ok: true, value: 20.5 });
  });

  it("applies a number field's range", () => {
    expect(parseCell(field("number", { min: 0, max: 100 }), text("105分")).ok).toBe(false);
  });

  it("rejects a fraction in an integer field", () => {
    expect(parseCell(field("integer", { min: 0, max: 8 }), num(1.5)).ok).toBe(false);
  });

  it("reads a 市州 for a region field", () => {
    expect(parseCell(field("region"), text("恩施州"))).toEqual({ ok: true, value: "恩施土家族苗族自治州" });
  });

  it("reads a county as text", () => {
    expect(parseCell(field("county"), text(" 江夏区 "))).toEqual({ ok: true, value: "江夏区" });
  });

  it("reads one of a choice field's choices", () => {
    expect(parseCell(field("choice", { choices: ["男", "女"] }), text("女"))).toEqual({
      ok: true,
      value: "女",
    });
  });

  it.each([
    ["idNumber", text("11010519491231002x"), "11010519491231002X"],
    ["phone", text("138 1234 5678"), "13812345678"],
    ["email", text("a@b.cn"), "a@b.cn"],
    ["date", text("2023年3月1日"), "2023-03-01"],
    ["yesNo", text("√"), true],
  ] as const)("dispatches a %s field to its parser", (type, cell, value) => {
    expect(parseCell(field(type), cell)).toEqual({ ok: true, value });
  });
});
