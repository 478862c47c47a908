import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * SHA-256 of xlsx.mjs in the official SheetJS 0.20.3 build
 * (https://cdn.sheetjs.com/xlsx-0.20.3/package/xlsx.mjs), of which
 * @e965/xlsx 0.20.3 is a byte-identical republish. A swapped or patched
 * package fails here rather than shipping.
 */
const officialDigest = "1a0fb062ee9781b13f6687371b202aaefc53b6ce55b530c027e01f9c087b77db";

describe("the installed SheetJS", () => {
  it("is byte for byte the official 0.20.3 build", () => {
    const file = readFileSync(new URL("../../../node_modules/@e965/xlsx/xlsx.mjs", import.meta.url));
    expect(createHash("sha256").update(file).digest("hex")).toBe(officialDigest);
  });
});
