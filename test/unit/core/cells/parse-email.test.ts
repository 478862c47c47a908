import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../../src/core/cells/parse-email.ts";
import { num, text } from "./build-cells.ts";

describe("parseEmail", () => {
  it("reads an address with a full-width ＠", () => {
    expect(parseEmail(text(" linwanyi＠7ipr.com "))).toEqual({ ok: true, value: "linwanyi@7ipr.com" });
  });

  it("rejects an address without a domain, without repeating it", () => {
    expect(parseEmail(text("linwanyi@"))).toMatchInlineSnapshot(`
      {
        "message": "不是有效的电子邮箱（应形如 name@example.com）",
        "ok": false,
      }
    `);
  });

  it("says a number cell is not an address", () => {
    expect(parseEmail(num(12345))).toMatchInlineSnapshot(`
      {
        "message": "单元格是数字，不是电子邮箱",
        "ok": false,
      }
    `);
  });
});
