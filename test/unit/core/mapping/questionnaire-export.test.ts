import { describe, expect, it } from "vitest";
import {
  isQuestionnaireExport,
  isQuestionnaireMeta,
} from "../../../../src/core/mapping/questionnaire-export.ts";

const wjx = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、姓名", "2、手机号码"];

describe("isQuestionnaireExport", () => {
  it("recognises a 问卷星 export by its own columns", () => {
    expect(isQuestionnaireExport(wjx)).toBe(true);
  });

  it("recognises one even when 来源详情 and 来自IP were deleted", () => {
    expect(isQuestionnaireExport(wjx.filter((h) => h !== "来源详情" && h !== "来自IP"))).toBe(true);
  });

  it("does not take an ordinary sheet with a 序号 column for one", () => {
    expect(isQuestionnaireExport(["序号", "姓名", "手机", "提交时间"])).toBe(false);
  });
});

describe("isQuestionnaireMeta", () => {
  it("knows 来自IP in any letter case", () => {
    expect(isQuestionnaireMeta("来自ip")).toBe(true);
  });
});
