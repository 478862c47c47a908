import { describe, expect, it } from "vitest";
import { foldText, isBlankText, quote } from "../../../../src/core/cells/cell-text.ts";

describe("foldText", () => {
  it("folds full-width digits and punctuation and trims", () => {
    expect(foldText("\u3000８５．５：")).toBe("85.5:");
  });
});

describe("isBlankText", () => {
  it.each(["", "  ", "\u3000", "-", "/", "—", "－－", "／"])("takes %j for an empty cell", (t) => {
    expect(isBlankText(t)).toBe(true);
  });

  it("does not take 无 for an empty cell, since it is an answer", () => {
    expect(isBlankText("无")).toBe(false);
  });
});

describe("quote", () => {
  it("shortens long cells in messages", () => {
    expect(quote("一二三四五六七八九十一二三四五六七八九十多余")).toBe(
      "「一二三四五六七八九十一二三四五六七八九十…」",
    );
  });
});
