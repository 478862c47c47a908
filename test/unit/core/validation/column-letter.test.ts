import { describe, expect, it } from "vitest";
import { toColumnLetter } from "../../../../src/core/validation/column-letter.ts";

describe("toColumnLetter", () => {
  it("names columns as Excel does, past Z and past ZZ", () => {
    expect([0, 2, 25, 26, 27, 51, 701, 702, 16383].map(toColumnLetter)).toEqual([
      "A",
      "C",
      "Z",
      "AA",
      "AB",
      "AZ",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});
