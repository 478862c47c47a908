import { describe, expect, it } from "vitest";
import { buildTalentPoolTable } from "../../../src/export/talent-pool-table.ts";
import { idNumber, mobile } from "../core/validation/people.ts";
import { scoredOf, sheetOf } from "./cohorts.ts";
import { printTable } from "./print-table.ts";

const roster = sheetOf(
  "gd-ipo-2021",
  "trainees",
  ["name", "idNumber", "phone", "employer", "orgKind", "onlineHours", "offlineSessions", "exam"],
  [
    ["张三", idNumber(1), mobile(1), "甲公司", "企业", 20, 1, 90],
    ["李四", idNumber(2), mobile(2), "乙大学", "高校、科研院所", 20, 0, 90],
    ["王五", idNumber(3), mobile(3), "丙事务所", "服务机构", 20, 2, 100],
  ],
);

function poolOf(fullIds: boolean) {
  return buildTalentPoolTable(scoredOf("gd-ipo-2021", [roster], {}, 2021), { fullIds });
}

describe("the talent-pool roster", () => {
  it("lists everyone who passed, with how to reach them and the year they joined, IDs and phones masked", () => {
    expect(printTable(poolOf(false))).toMatchInlineSnapshot(`
      "序号 | 姓名 | 身份证号 | 手机号码 | 工作单位 | 单位类型 | 总分 | 入库年度
      1 | 张三 | 420102********0010 | 138****0001 | 甲公司 | 企业 | 97 | 2021
      2 | 王五 | 420102********0037 | 138****0003 | 丙事务所 | 服务机构 | 100 | 2021"
    `);
  });

  it("writes ID numbers and phones whole only when asked", () => {
    expect(poolOf(true).rows[0]?.slice(2, 4)).toEqual([idNumber(1), mobile(1)]);
  });
});
