import { describe, expect, it } from "vitest";
import { formatTraineeKey, makePersonKeys } from "../../../../src/core/records/person-keys.ts";
import { idNumber, mobile } from "../validation/people.ts";

describe("person keys", () => {
  it("read an ID number, a mobile, and name with employer", () => {
    expect(makePersonKeys(idNumber(1), mobile(1), "张三", "甲公司")).toEqual({
      idNumber: idNumber(1),
      phone: mobile(1),
      nameEmployer: "张三|甲公司",
    });
  });

  it("ignore a landline and a name without an employer", () => {
    expect(makePersonKeys(null, "0756-8688961", "张三", null)).toEqual({
      idNumber: null,
      phone: null,
      nameEmployer: null,
    });
  });

  it("treat an employer written with spaces or full-width letters as the same employer", () => {
    const a = makePersonKeys(null, null, "张三", "武汉 ＡＢＣ 科技");
    const b = makePersonKeys(null, null, "张三", "武汉ABC科技");
    expect(a.nameEmployer).toBe(b.nameEmployer);
  });

  it("name a trainee by the strongest key they have, so an ID never equals a phone", () => {
    expect(formatTraineeKey(makePersonKeys(idNumber(1), mobile(1), "张三", "甲公司"))).toBe(
      `id:${idNumber(1)}`,
    );
    expect(formatTraineeKey(makePersonKeys(null, mobile(1), "张三", "甲公司"))).toBe(`phone:${mobile(1)}`);
    expect(formatTraineeKey(makePersonKeys(null, null, "张三", "甲公司"))).toBe("name:张三|甲公司");
  });
});
