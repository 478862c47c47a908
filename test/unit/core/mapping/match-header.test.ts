import { describe, expect, it } from "vitest";
import { buildHeaderIndex, matchHeader } from "../../../../src/core/mapping/match-header.ts";
import { field, traineeFields } from "./build-fields.ts";

const index = buildHeaderIndex(traineeFields);
const fieldOf = (header: string) => matchHeader(header, index)?.fieldKey;

describe("matchHeader", () => {
  it("matches the label with full confidence", () => {
    expect(matchHeader("姓名", index)).toEqual({ fieldKey: "name", reason: "label", confidence: 1 });
  });

  it("matches an alias", () => {
    expect(matchHeader("学员姓名", index)).toEqual({ fieldKey: "name", reason: "alias", confidence: 0.95 });
  });

  it("does not take 性别 for 姓名", () => {
    expect(fieldOf("性别")).toBe("gender");
  });

  it("does not match a header that only looks like a field", () => {
    expect(fieldOf("姓氏")).toBeUndefined();
  });

  it("matches an alias written with full-width brackets", () => {
    expect(matchHeader("学习时长（小时）", index)).toMatchObject({
      fieldKey: "onlineHours",
      confidence: 0.95,
    });
  });

  it("matches a header whose unit the alias does not carry", () => {
    expect(matchHeader("累计学时（小时）", index)).toMatchObject({
      fieldKey: "onlineHours",
      confidence: 0.9,
    });
  });

  it("matches the child of a two-row header", () => {
    expect(matchHeader("考核-考试成绩", index)).toMatchObject({ fieldKey: "exam", confidence: 0.85 });
  });

  it("matches a survey question that contains an alias", () => {
    expect(matchHeader("5、您的手机号码是多少？", index)).toMatchObject({
      fieldKey: "phone",
      reason: "partial",
    });
  });

  it("prefers the longest name a header contains", () => {
    expect(fieldOf("单位类型代码")).toBe("orgKind");
  });

  it("matches nothing when two fields' names are contained equally", () => {
    const tied = buildHeaderIndex([field("a", "手机", []), field("b", "邮箱", [])]);
    expect(matchHeader("手机邮箱", tied)).toBeUndefined();
  });

  it("lets a label win over another field's identical alias", () => {
    const shared = buildHeaderIndex([field("seq", "编号", ["序号"]), field("order", "序号", [])]);
    expect(matchHeader("序号", shared)?.fieldKey).toBe("order");
  });

  it("never matches 问卷星's own columns by containment", () => {
    const withTime = buildHeaderIndex([field("date", "时间", [], "date")]);
    expect(matchHeader("提交答卷时间", withTime)).toBeUndefined();
  });

  it("matches nothing for an empty header", () => {
    expect(matchHeader("  ", index)).toBeUndefined();
  });
});
