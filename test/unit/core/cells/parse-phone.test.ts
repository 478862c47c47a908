import { describe, expect, it } from "vitest";
import { isMobileNumber, parsePhone } from "../../../../src/core/cells/parse-phone.ts";
import { bool, num, text } from "./build-cells.ts";

describe("parsePhone", () => {
  it.each([
    ["13812345678", "13812345678"],
    ["138 1234 5678", "13812345678"],
    ["138-1234-5678", "13812345678"],
    ["+86 138 1234 5678", "13812345678"],
    ["8613812345678", "13812345678"],
    ["１３８１２３４５６７８", "13812345678"],
    ["0756-8688961", "0756-8688961"],
    ["027-87520061", "027-87520061"],
    ["02787520061", "027-87520061"],
    ["(027)87520061", "027-87520061"],
    ["010-12345678", "010-12345678"],
    ["027-87520061转8001", "027-87520061转8001"],
  ])("reads %s as %s", (input, expected) => {
    expect(parsePhone(text(input))).toEqual({ ok: true, value: expected });
  });

  it("reads a mobile held in a number cell", () => {
    expect(parsePhone(num(13812345678))).toEqual({ ok: true, value: "13812345678" });
  });

  it("asks for the area code of a landline without one", () => {
    expect(parsePhone(text("87520061"))).toMatchInlineSnapshot(`
      {
        "message": "固定电话缺少区号，请写成 027-87520061 的形式",
        "ok": false,
      }
    `);
  });

  it("rejects an 11-digit number that no mobile network uses, without repeating it", () => {
    expect(parsePhone(text("12812345678"))).toMatchInlineSnapshot(`
      {
        "message": "不是有效的手机号（1 开头的 11 位数字）或带区号的固定电话",
        "ok": false,
      }
    `);
  });

  it("rejects a mobile with an extension", () => {
    expect(parsePhone(text("13812345678转1"))).toMatchInlineSnapshot(`
      {
        "message": "手机号不应带分机号",
        "ok": false,
      }
    `);
  });

  it("says a logical cell is not a phone", () => {
    expect(parsePhone(bool(true))).toMatchInlineSnapshot(`
      {
        "message": "单元格是逻辑值 TRUE，不是电话号码",
        "ok": false,
      }
    `);
  });
});

describe("isMobileNumber", () => {
  it("accepts a mobile written with +86 and spaces", () => {
    expect(isMobileNumber("+86 138 1234 5678")).toBe(true);
  });

  it("does not take a landline for a mobile", () => {
    expect(isMobileNumber("0756-8688961")).toBe(false);
  });
});
