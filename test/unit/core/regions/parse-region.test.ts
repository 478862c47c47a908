import { describe, expect, it } from "vitest";
import { parseRegion } from "../../../../src/core/regions/parse-region.ts";
import { num, text } from "../cells/build-cells.ts";

describe("parseRegion", () => {
  it("reads a loose spelling as the name the program entries use", () => {
    expect(parseRegion(text("恩施州"))).toEqual({ ok: true, value: "恩施土家族苗族自治州" });
  });

  it("rejects a place that is not one of Hubei's 17 市州", () => {
    expect(parseRegion(text("广州市"))).toMatchInlineSnapshot(`
      {
        "message": "「广州市」不是湖北省的市州（应为 武汉、恩施州、神农架林区 这样的名称）",
        "ok": false,
      }
    `);
  });

  it("rejects a number cell", () => {
    expect(parseRegion(num(42)).ok).toBe(false);
  });
});
