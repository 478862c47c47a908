import { describe, expect, it } from "vitest";
import { parseYesNo } from "../../../../src/core/cells/parse-yes-no.ts";
import { bool, date, num, text } from "./build-cells.ts";

describe("parseYesNo", () => {
  it.each(["是", "有", "√", "Y", "y", "1", "已提交", "合格", "通过", "TRUE", "true", " 是 "])(
    "reads %s as yes",
    (word) => {
      expect(parseYesNo(text(word))).toEqual({ ok: true, value: true });
    },
  );

  it.each(["否", "无", "×", "N", "0", "未提交", "不合格", "未通过", "FALSE", "false"])(
    "reads %s as no",
    (word) => {
      expect(parseYesNo(text(word))).toEqual({ ok: true, value: false });
    },
  );

  it("takes a logical cell as it is", () => {
    expect(parseYesNo(bool(false))).toEqual({ ok: true, value: false });
  });

  it("reads 1 in a number cell as yes", () => {
    expect(parseYesNo(num(1))).toEqual({ ok: true, value: true });
  });

  it("rejects other numbers", () => {
    expect(parseYesNo(num(2))).toMatchInlineSnapshot(`
      {
        "message": "2 不是“是/否”",
        "ok": false,
      }
    `);
  });

  it("rejects words it does not know and shows what to write", () => {
    expect(parseYesNo(text("待定"))).toMatchInlineSnapshot(`
      {
        "message": "「待定」不是“是/否”，可填 是、否、√、×",
        "ok": false,
      }
    `);
  });

  it("says a date cell is not a yes or no", () => {
    expect(parseYesNo(date(44986))).toMatchInlineSnapshot(`
      {
        "message": "单元格是日期，不是“是/否”",
        "ok": false,
      }
    `);
  });
});
