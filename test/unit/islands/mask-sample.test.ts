import { describe, expect, it } from "vitest";
import { maskSample } from "../../../src/islands/mask-sample.ts";

describe("masking the sample values of the mapping table", () => {
  it("masks a column mapped to ID numbers or phones", () => {
    expect([maskSample("420102199003011002", "idNumber"), maskSample("0756-3328961", "phone")]).toEqual([
      "420102********1002",
      "0756-***8961",
    ]);
  });

  it("masks what looks like an ID number or a mobile in a column not mapped yet", () => {
    expect([maskSample("42010219900301100X", undefined), maskSample("13812345678", "text")]).toEqual([
      "420102********100X",
      "138****5678",
    ]);
  });

  it("shows other values as they are", () => {
    expect(maskSample(" 武汉光谷专利事务所 ", "text")).toBe("武汉光谷专利事务所");
  });
});
