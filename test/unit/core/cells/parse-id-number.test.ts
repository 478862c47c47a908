import { describe, expect, it } from "vitest";
import { computeIdCheckChar } from "../../../../src/core/cells/id-number.ts";
import { parseIdNumber } from "../../../../src/core/cells/parse-id-number.ts";
import { date, num, text } from "./build-cells.ts";

const messageOf = (r: ReturnType<typeof parseIdNumber>) => (r.ok ? "" : r.message);

describe("parseIdNumber", () => {
  it("keeps a valid ID as upper-case text", () => {
    expect(parseIdNumber(text("11010519491231002x"))).toEqual({ ok: true, value: "11010519491231002X" });
  });

  it("drops spaces and dashes people type for readability", () => {
    expect(parseIdNumber(text("110105 19491231 002X"))).toEqual({ ok: true, value: "11010519491231002X" });
  });

  it("reads full-width digits", () => {
    expect(parseIdNumber(text("１１０１０５１９４９１２３１００２Ｘ"))).toEqual({
      ok: true,
      value: "11010519491231002X",
    });
  });

  it("reports an ID held in a number cell as damaged", () => {
    expect(parseIdNumber(num(110101199003077000))).toMatchInlineSnapshot(`
      {
        "message": "已被 Excel 转成科学计数法，末几位已丢失；请把该列设为文本格式后重新填写身份证号",
        "ok": false,
      }
    `);
  });

  it("reports scientific notation copied as text as damaged", () => {
    expect(messageOf(parseIdNumber(text("1.10101E+17")))).toContain("科学计数法");
  });

  it("reports an ID whose last digits became zeros as damaged", () => {
    expect(computeIdCheckChar("11010119900307700")).not.toBe("0");
    expect(messageOf(parseIdNumber(text("110101199003077000")))).toContain("末几位已丢失");
  });

  it("flags a 15-digit first-generation ID", () => {
    expect(parseIdNumber(text("110105491231002"))).toMatchInlineSnapshot(`
      {
        "message": "这是 15 位旧身份证号，请改填 18 位号码",
        "ok": false,
      }
    `);
  });

  it("flags a 15-digit ID held in a number cell the same way", () => {
    expect(messageOf(parseIdNumber(num(110105491231002)))).toContain("15 位旧身份证号");
  });

  it("says how many characters a too-short ID has", () => {
    expect(parseIdNumber(text("1101051949123100"))).toMatchInlineSnapshot(`
      {
        "message": "身份证号应为 18 位，这里是 16 位",
        "ok": false,
      }
    `);
  });

  it("reports a wrong check character without repeating the number", () => {
    const r = parseIdNumber(text("110105194912310021"));
    expect(r).toMatchInlineSnapshot(`
      {
        "message": "身份证号校验位不符，可能有数字录错",
        "ok": false,
      }
    `);
    expect(messageOf(r)).not.toMatch(/\d{4}/);
  });

  it("reports a birth date that does not exist", () => {
    const first17 = "11010519490230002";
    expect(parseIdNumber(text(first17 + computeIdCheckChar(first17)))).toMatchInlineSnapshot(`
      {
        "message": "身份证号中的出生日期不存在",
        "ok": false,
      }
    `);
  });

  it("says a date cell is not an ID", () => {
    expect(parseIdNumber(date(44986))).toMatchInlineSnapshot(`
      {
        "message": "单元格是日期，不是身份证号",
        "ok": false,
      }
    `);
  });
});
