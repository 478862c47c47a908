import { describe, expect, test } from "vitest";
import {
  listFilterChoices,
  listResultColumns,
  maskTrainees,
  noFilters,
  orderTrainees,
  type ResultColumn,
} from "../../../../src/islands/results/results-view.ts";
import { scoredOf, sheetOf } from "../../export/cohorts.ts";

const gd = scoredOf("gd-ipo-2021", [
  sheetOf(
    "gd-ipo-2021",
    "trainees",
    ["name", "idNumber", "phone", "employer", "orgKind", "onlineHours", "offlineSessions", "exam"],
    [
      ["张三", "110101199001011237", "13812345678", "甲公司", "企业", 20, 1, 90],
      ["李四", "110101199202022346", "13912345678", "乙大学", "高校、科研院所", 20, 1, 40],
      ["王五", null, null, "丙公司", "企业", 12, 0, 70],
    ],
  ),
]);

function readRow(columns: ResultColumn[], i: number): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.label, c.text(i)]));
}

const all = new Uint8Array([1, 1, 1]);
const namesIn = (order: Int32Array) =>
  Array.from(order, (i) => readRow(listResultColumns(gd, false), i)["姓名"]);

describe("the results table's view", () => {
  test("shows each trainee's components, total, rank and outcome", () => {
    expect(readRow(listResultColumns(gd, false), 0)).toMatchInlineSnapshot(`
      {
        "单位类型": "企业",
        "名次": "1",
        "地区": "未录入",
        "城市圈": "未录入",
        "姓名": "张三",
        "工作单位": "甲公司",
        "总分": "97.00",
        "手机号码": "138****5678",
        "线上培训": "35.00",
        "线下培训": "35.00",
        "结果": "通过",
        "考试": "27.00",
        "身份证号": "110101********1237",
      }
    `);
  });

  test("masks ID numbers and phones unless they are revealed", () => {
    const masked = readRow(listResultColumns(gd, false), 0);
    const whole = readRow(listResultColumns(gd, true), 0);
    expect([masked["身份证号"], masked["手机号码"]]).toEqual(["110101********1237", "138****5678"]);
    expect([whole["身份证号"], whole["手机号码"]]).toEqual(["110101199001011237", "13812345678"]);
  });

  test("sorts by total ascending", () => {
    const order = orderTrainees(all, listResultColumns(gd, false), {
      column: "total",
      direction: "ascending",
    });
    expect(namesIn(order)).toEqual(["王五", "李四", "张三"]);
  });

  test("sorts by name ascending and keeps import order without a sort", () => {
    const columns = listResultColumns(gd, false);
    expect(namesIn(orderTrainees(all, columns, null))).toEqual(["张三", "李四", "王五"]);
    expect(namesIn(orderTrainees(all, columns, { column: "name", direction: "descending" }))).toEqual([
      "王五",
      "李四",
      "张三",
    ]);
  });

  test("filters by outcome and by org kind together", () => {
    const mask = maskTrainees(gd, { ...noFilters, outcome: "未通过", orgKind: "企业" }, "");
    expect(namesIn(orderTrainees(mask, listResultColumns(gd, false), null))).toEqual(["王五"]);
  });

  test("searches names and employers by any part", () => {
    expect(Array.from(maskTrainees(gd, noFilters, "大学"))).toEqual([0, 1, 0]);
    expect(Array.from(maskTrainees(gd, noFilters, "张"))).toEqual([1, 0, 0]);
  });

  test("offers each filter's values as found, outcomes in their order", () => {
    const choices = listFilterChoices(gd);
    expect(choices.orgKind).toEqual(["企业", "高校、科研院所"]);
    expect(choices.outcome).toEqual(["通过", "未通过"]);
  });
});
