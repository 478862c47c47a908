import { describe, expect, it } from "vitest";
import { toHeaderKeys } from "../../../../src/core/mapping/normalize-header.ts";

describe("toHeaderKeys", () => {
  it("treats full-width and half-width brackets alike", () => {
    expect(toHeaderKeys("学时（小时）")).toEqual(toHeaderKeys("学时(小时)"));
  });

  it("drops a bracketed unit from the stem", () => {
    expect(toHeaderKeys("学时（小时）")).toEqual({ full: "学时(小时)", stem: "学时" });
  });

  it("drops 【】 and 〔〕 notes from the stem", () => {
    expect(toHeaderKeys("手机【必填】").stem).toBe("手机");
  });

  it("removes spaces and line breaks", () => {
    expect(toHeaderKeys("学员\n姓 名").full).toBe("学员姓名");
  });

  it("removes a required-field star and a trailing colon", () => {
    expect(toHeaderKeys("*姓名：").full).toBe("姓名");
  });

  it("strips the question number 问卷星 puts before a question", () => {
    expect(toHeaderKeys("12、手机号码").full).toBe("手机号码");
  });

  it("strips a survey's polite wording", () => {
    expect(toHeaderKeys("3、请填写您的工作单位：").full).toBe("工作单位");
  });

  it("keeps a number that is part of the header", () => {
    expect(toHeaderKeys("2023年学时").full).toBe("2023年学时");
  });

  it("lower-cases Latin letters so E-mail and e-mail agree", () => {
    expect(toHeaderKeys("E-Mail").full).toBe("e-mail");
  });

  it("keeps a header that is nothing but brackets", () => {
    expect(toHeaderKeys("（备注）").stem).toBe("(备注)");
  });
});
