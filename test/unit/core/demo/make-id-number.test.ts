import { describe, expect, it } from "vitest";
import { isValidIdNumber } from "../../../../src/core/cells/id-number.ts";
import { makeIdNumber } from "../../../../src/core/demo/make-id-number.ts";

describe("synthetic ID numbers", () => {
  it("carry the address code, a 1900 birth date, the sequence and the MOD 11-2 check character", () => {
    expect(makeIdNumber("420100", 1)).toMatchInlineSnapshot(`"420100190001010010"`);
    expect(makeIdNumber("500231", 2_345)).toMatchInlineSnapshot(`"500231190001033458"`);
  });

  it("pass the GB 11643 checks for 100,000 serials, all distinct", () => {
    const ids = Array.from({ length: 100_000 }, (_, serial) => makeIdNumber("441900", serial));
    expect(ids.filter((id) => !isValidIdNumber(id))).toEqual([]);
    expect(new Set(ids).size).toBe(100_000);
  });

  it("stay in 1900 for the first 365,000 serials", () => {
    expect(makeIdNumber("110101", 364_999).slice(6, 14)).toBe("19001231");
  });
});
