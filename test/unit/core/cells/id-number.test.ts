import { describe, expect, it } from "vitest";
import {
  computeIdCheckChar,
  findIdNumberFault,
  isValidIdNumber,
} from "../../../../src/core/cells/id-number.ts";

// With a correct check character, so only the part under test is wrong.
const withCheck = (first17: string) => first17 + computeIdCheckChar(first17);

describe("computeIdCheckChar", () => {
  it("gives X for the example in GB 11643-1999", () => {
    expect(computeIdCheckChar("11010519491231002")).toBe("X");
  });

  it("gives a digit for the standard's other example", () => {
    expect(computeIdCheckChar("44052418800101001")).toBe("4");
  });
});

describe("findIdNumberFault", () => {
  it("finds nothing wrong with a valid ID", () => {
    expect(findIdNumberFault("11010519491231002X")).toBeUndefined();
  });

  it("finds a wrong check character", () => {
    expect(findIdNumberFault("110105194912310021")).toBe("checkDigit");
  });

  it("finds an address code no province has", () => {
    expect(findIdNumberFault(withCheck("00010519491231002"))).toBe("region");
  });

  it("finds a birth date the calendar does not have", () => {
    expect(findIdNumberFault(withCheck("11010519490230002"))).toBe("birthDate");
  });

  it("finds letters among the digits", () => {
    expect(findIdNumberFault("1101051949123100AX")).toBe("shape");
  });

  it("accepts a foreigner's permanent-residence ID (9 and a province code)", () => {
    expect(findIdNumberFault(withCheck("91184019900307001"))).toBeUndefined();
  });
});

describe("isValidIdNumber", () => {
  it("accepts a lower-case x", () => {
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
  });

  it("rejects 17 characters", () => {
    expect(isValidIdNumber("11010519491231002")).toBe(false);
  });
});
