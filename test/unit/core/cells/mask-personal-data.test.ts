import { describe, expect, it } from "vitest";
import { maskIdNumber, maskPhone } from "../../../../src/core/cells/mask-personal-data.ts";

describe("maskIdNumber", () => {
  it("shows the address code and the last four", () => {
    expect(maskIdNumber("11010119900307123X")).toBe("110101********123X");
  });

  it("hides all of something too short to be an ID", () => {
    expect(maskIdNumber("1234567")).toBe("*******");
  });
});

describe("maskPhone", () => {
  it("shows a mobile's first three and last four", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });

  it("shows a landline's area code and last four", () => {
    expect(maskPhone("0756-8688961")).toBe("0756-***8961");
  });

  it("keeps a landline's extension after the masked number", () => {
    expect(maskPhone("027-87520061转8001")).toBe("027-****0061转8001");
  });
});
