import { describe, expect, it } from "vitest";
import { findHeader } from "../../../../src/core/mapping/find-header.ts";
import { rows } from "./build-rows.ts";

const headersOf = (r: ReturnType<typeof findHeader>) =>
  r.ok ? r.value.columns.map((c) => c.header) : r.message;

describe("findHeader", () => {
  it("takes the first row when it is the header", () => {
    const r = findHeader(
      rows(`
      姓名 | 手机 | 学时
      张三 | #13812345678 | #20
    `),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        headerRow: 0,
        headerRowCount: 1,
        dataStart: 1,
        columns: [
          { index: 0, header: "姓名" },
          { index: 1, header: "手机" },
          { index: 2, header: "学时" },
        ],
      },
    });
  });

  it("skips a title row and a 盖章 line above the header", () => {
    const r = findHeader(
      rows(`
      2023 年全省“百县万企”知识产权大培训情况统计表 | | | | | | |
      单位（盖章）：XX 市知识产权局 | | | | | | |
      序号 | 培训班名称 | 培训内容 | 培训对象 | 人数 | 时间 | 地点 | 主办单位
      #1 | 专利实务班 | 专利 | 企业 | #50 | 2023/5/1 | 鄂州 | 鄂州市局
    `),
    );
    expect(r.ok && r.value.headerRow).toBe(2);
  });

  it("joins a merged parent and its children as 父-子", () => {
    const sheet = rows(`
      姓名 | 成绩 | | | 备注
           | 线上 | 线下 | 考试 |
      张三 | #20 | #1 | #80 | 无
    `);
    const merges = [
      { firstRow: 0, firstColumn: 0, lastRow: 1, lastColumn: 0 },
      { firstRow: 0, firstColumn: 1, lastRow: 0, lastColumn: 3 },
      { firstRow: 0, firstColumn: 4, lastRow: 1, lastColumn: 4 },
    ];
    const r = findHeader(sheet, merges);
    expect(headersOf(r)).toEqual(["姓名", "成绩-线上", "成绩-线下", "成绩-考试", "备注"]);
    expect(r.ok && r.value.dataStart).toBe(2);
  });

  it("finds a two-row header without merge information, as in a CSV", () => {
    const sheet = rows(`
      姓名 | 成绩 | | 备注
           | 线上 | 考试 |
      张三 | #20 | #80 | 无
    `);
    expect(headersOf(findHeader(sheet))).toEqual(["姓名", "成绩-线上", "成绩-考试", "备注"]);
  });

  it("does not take a first data row of words for a second header row", () => {
    const sheet = rows(`
      姓名 | 单位 | 性别
      张三 | 知人善用 | 男
    `);
    expect(findHeader(sheet).ok && findHeader(sheet)).toMatchObject({
      value: { headerRowCount: 1, dataStart: 1 },
    });
  });

  it("does not take data under a header merged across columns for a second header row", () => {
    const sheet = rows(`
      姓名 | 学时 | 备注 |
      张三 | #20 | 补录 |
    `);
    const merges = [{ firstRow: 0, firstColumn: 2, lastRow: 0, lastColumn: 3 }];
    expect(findHeader(sheet, merges).ok && findHeader(sheet, merges)).toMatchObject({
      value: { headerRowCount: 1 },
    });
  });

  it("drops empty columns and keeps a column with data but no name", () => {
    const sheet = rows(`
      姓名 | | 学时 | | 
      张三 | | #20 | 补录 |
    `);
    const r = findHeader(sheet);
    expect(r.ok && r.value.columns).toEqual([
      { index: 0, header: "姓名" },
      { index: 2, header: "学时" },
      { index: 3, header: "" },
    ]);
  });

  it("skips empty rows above the header", () => {
    const sheet = rows(`
      | |
      姓名 | 学时
      张三 | #20
    `);
    expect(findHeader(sheet).ok && findHeader(sheet)).toMatchObject({ value: { headerRow: 1 } });
  });

  it("says so when no row looks like a header", () => {
    expect(
      findHeader(
        rows(`
      #1 | #2
      #3 | #4
    `),
      ),
    ).toMatchInlineSnapshot(`
      {
        "message": "前 30 行中找不到表头：表头行应有两个以上的列名",
        "ok": false,
      }
    `);
  });
});
