import { describe, expect, it } from "vitest";
import { parseText } from "../../../../src/core/cells/parse-text.ts";
import { bool, date, num, text } from "./build-cells.ts";

describe("parseText", () => {
  it("removes the padding between the characters of a two-character name", () => {
    expect(parseText(text("张\u3000\u3000三"))).toEqual({ ok: true, value: "张三" });
  });

  it("keeps one space between Latin words", () => {
    expect(parseText(text(" ABC  Co.,\nLtd. "))).toEqual({ ok: true, value: "ABC Co., Ltd." });
  });

  it("keeps full-width brackets in a company name as typed", () => {
    expect(parseText(text("知人善用（广州）有限公司"))).toEqual({
      ok: true,
      value: "知人善用（广州）有限公司",
    });
  });

  it("writes a number cell as it prints", () => {
    expect(parseText(num(360))).toEqual({ ok: true, value: "360" });
  });

  it("writes a date cell as an ISO date", () => {
    expect(parseText(date(44986))).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("writes a logical cell as TRUE or FALSE", () => {
    expect(parseText(bool(true))).toEqual({ ok: true, value: "TRUE" });
  });
});
