import { describe, expect, it } from "vitest";
import { computeIdCheckChar } from "../../../../src/core/cells/id-number.ts";
import { matchColumns } from "../../../../src/core/mapping/match-columns.ts";
import { rows } from "./build-rows.ts";
import { traineeFields } from "./build-fields.ts";

const columnsOf = (headers: string[]) => headers.map((header, index) => ({ index, header }));
const id = (first17: string) => first17 + computeIdCheckChar(first17);
const fieldKeys = (m: ReturnType<typeof matchColumns>) => m.columns.map((c) => c.fieldKey);

describe("matchColumns", () => {
  it("maps a typical trainee sheet by its headers", () => {
    const m = matchColumns(
      columnsOf(["序号", "学员姓名", "性别", "手机号码", "单位名称", "累计学时（小时）", "考试成绩"]),
      traineeFields,
      [],
    );
    expect(fieldKeys(m)).toEqual([null, "name", "gender", "phone", "employer", "onlineHours", "exam"]);
    expect(m.duplicates).toEqual([]);
    expect(m.missing).toEqual([]);
  });

  it("says why and how sure for each column", () => {
    const m = matchColumns(columnsOf(["姓名", "备注"]), traineeFields, []);
    expect(m.columns).toEqual([
      { column: 0, header: "姓名", fieldKey: "name", reason: "label", confidence: 1 },
      { column: 1, header: "备注", fieldKey: null, reason: null, confidence: 0 },
    ]);
  });

  it("recognises an ID column by its checksums when the header names nothing known", () => {
    const data = rows(`
      张三 | ${id("11010519491231002")}
      李四 | ${id("42010219900307123")}
      王五 | ${id("42280119851111002")}
    `);
    const m = matchColumns(columnsOf(["姓名", "证件"]), traineeFields, data);
    expect(m.columns[1]).toMatchObject({ fieldKey: "idNumber", reason: "content", confidence: 0.8 });
  });

  it("recognises a mobile column by its numbers", () => {
    const data = rows(`
      张三 | #13812345678
      李四 | 139 0000 1111
    `);
    expect(matchColumns(columnsOf(["姓名", "联系方式"]), traineeFields, data).columns[1]).toMatchObject({
      fieldKey: "phone",
      reason: "content",
    });
  });

  it("does not take a column of mostly other numbers for phones", () => {
    const data = rows(`
      张三 | #13812345678
      李四 | #20
      王五 | #30
    `);
    expect(matchColumns(columnsOf(["姓名", "数据"]), traineeFields, data).columns[1]?.fieldKey).toBeNull();
  });

  it("leaves a field a header already claimed to that header, not to content", () => {
    const data = rows(`
      #13812345678 | #13900001111
    `);
    const m = matchColumns(columnsOf(["手机", "紧急联系方式"]), traineeFields, data);
    expect(fieldKeys(m)).toEqual(["phone", null]);
  });

  it("drops a containment match when another column names the field exactly", () => {
    const m = matchColumns(columnsOf(["紧急联系人电话", "手机号码"]), traineeFields, []);
    expect(fieldKeys(m)).toEqual([null, "phone"]);
    expect(m.duplicates).toEqual([]);
  });

  it("reports two columns that name the same field equally well", () => {
    const m = matchColumns(columnsOf(["手机", "联系电话", "姓名"]), traineeFields, []);
    expect(m.duplicates).toEqual([{ fieldKey: "phone", columns: [0, 1] }]);
  });

  it("lists the required fields no column supplies", () => {
    const m = matchColumns(columnsOf(["姓名", "手机"]), traineeFields, []);
    expect(m.missing).toEqual(["employer", "onlineHours"]);
  });

  it("maps a 问卷星 export's question columns and ignores its own columns", () => {
    const headers = [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "1、您的姓名",
      "2、您的手机号码",
      "3、工作单位",
      "4、累计学时",
    ];
    const m = matchColumns(columnsOf(headers), traineeFields, []);
    expect(m.questionnaire).toBe(true);
    expect(fieldKeys(m)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "name",
      "phone",
      "employer",
      "onlineHours",
    ]);
  });
});
