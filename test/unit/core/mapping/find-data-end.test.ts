import { describe, expect, it } from "vitest";
import { findDataEnd, isTotalsRow } from "../../../../src/core/mapping/find-data-end.ts";
import { rows } from "./build-rows.ts";

describe("findDataEnd", () => {
  it("ends the data above a totals row", () => {
    const sheet = rows(`
      序号 | 培训班名称 | 人数
      #1 | 专利班 | #50
      #2 | 商标班 | #40
      合计 | | #90
    `);
    expect(findDataEnd(sheet, 1)).toEqual({ dataEnd: 3, totalsRows: [3] });
  });

  it("looks past blank rows and signature lines under the totals", () => {
    const sheet = rows(`
      序号 | 培训班名称 | 人数
      #1 | 专利班 | #50
      总 计 | | #50
      | |
      填表人：张三 | 审核人：李四 |
    `);
    expect(findDataEnd(sheet, 1)).toEqual({ dataEnd: 2, totalsRows: [2] });
  });

  it("ends at the last data row when there is no totals row", () => {
    const sheet = rows(`
      姓名 | 学时
      张三 | #20
      | 
    `);
    expect(findDataEnd(sheet, 1)).toEqual({ dataEnd: 2, totalsRows: [] });
  });

  it("keeps a data row whose name merely contains 合计", () => {
    const sheet = rows(`
      姓名 | 单位
      张三 | 合计会计师事务所
    `);
    expect(findDataEnd(sheet, 1)).toEqual({ dataEnd: 2, totalsRows: [] });
  });
});

describe("isTotalsRow", () => {
  it("finds 合计 after an empty 序号 cell", () => {
    expect(isTotalsRow(rows(" | 合计： | #90")[0]!)).toBe(true);
  });
});
