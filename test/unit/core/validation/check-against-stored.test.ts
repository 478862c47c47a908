import { describe, expect, it } from "vitest";
import {
  checkAgainstStored,
  type KindedBatch,
} from "../../../../src/core/validation/check-against-stored.ts";
import { labelColumns } from "../../../../src/core/validation/column-labels.ts";
import { batchOf } from "./batches.ts";
import { fieldsOf, idNumber, mobile } from "./people.ts";

const gd = fieldsOf("gd-ipo-2021", "trainees");
const keys = ["name", "idNumber", "phone", "employer", "exam"];
const labels = labelColumns(keys.map((key, column) => ({ column, field: gd.get(key)! })));

const stored: KindedBatch = {
  fileName: "学时.xlsx",
  sheetName: "Sheet1",
  recordKind: "trainee",
  batch: batchOf(
    ["name", "idNumber", "phone", "employer", "onlineHours", "exam"],
    [
      ["张三", idNumber(1), mobile(1), "甲公司", 20, 85],
      ["李四", idNumber(2), mobile(2), "乙公司", 18, null],
    ],
  ),
};

function incoming(rows: (string | number | null)[][]): KindedBatch {
  return { fileName: "成绩.xlsx", sheetName: "成绩", recordKind: "trainee", batch: batchOf(keys, rows) };
}

describe("checkAgainstStored", () => {
  it("says nothing when a stored person only gains figures", () => {
    const rows = [["李四", idNumber(2), mobile(2), "乙公司", 70]];
    expect(checkAgainstStored(incoming(rows), labels, [stored])).toEqual([]);
  });

  it("reports a figure that differs from the stored one, naming where the stored one came from", () => {
    const rows = [["张三", null, mobile(1), "甲公司", 90]];
    expect(checkAgainstStored(incoming(rows), labels, [stored])).toMatchInlineSnapshot(`
      [
        {
          "column": "E",
          "fileName": "成绩.xlsx",
          "header": "考试成绩",
          "message": "与「学时.xlsx」Sheet1 第 2 行（手机号相同，视为同一人）的考试成绩不同：那里是「85」，这里是「90」；保留「85」，请核对",
          "row": 2,
          "severity": "warning",
          "sheetName": "成绩",
        },
      ]
    `);
  });

  it("names a differing phone without repeating either number", () => {
    const rows = [["张三", idNumber(1), mobile(9), "甲公司", null]];
    const [problem] = checkAgainstStored(incoming(rows), labels, [stored]);
    expect(problem?.message).toMatchInlineSnapshot(
      `"与「学时.xlsx」Sheet1 第 2 行（身份证号相同，视为同一人）的手机号码不同；保留先读到的值，请核对"`,
    );
    expect(JSON.stringify(problem)).not.toContain(mobile(9));
  });

  it("warns that a row repeating stored figures is probably a re-import", () => {
    const rows = [["张三", idNumber(1), mobile(1), "甲公司", 85]];
    expect(checkAgainstStored(incoming(rows), labels, [stored]).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "与已导入的「学时.xlsx」Sheet1 第 2 行是同一人，数据相同：可能重复导入了同一份数据",
      ]
    `);
  });

  it("warns that a participation already stored would be counted again", () => {
    const fields = ["name", "idNumber", "employer", "year", "trainingName"];
    const rows = [["张三", idNumber(1), "甲公司", 2022, "专利导航"]];
    const old: KindedBatch = { ...stored, recordKind: "participation", batch: batchOf(fields, rows, 5) };
    const fresh: KindedBatch = { ...incoming([]), recordKind: "participation", batch: batchOf(fields, rows) };
    expect(checkAgainstStored(fresh, labels, [old]).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "与已导入的「学时.xlsx」Sheet1 第 5 行是同一人参加的同一培训，人次会重复计算",
      ]
    `);
  });

  it("does not compare people with events", () => {
    const fields = ["name", "idNumber", "employer", "year", "trainingName"];
    const events: KindedBatch = {
      ...stored,
      recordKind: "participation",
      batch: batchOf(fields, [["张三", idNumber(1), "甲公司", 2022, "专利导航"]]),
    };
    expect(
      checkAgainstStored(incoming([["张三", idNumber(1), null, "甲公司", 85]]), labels, [events]),
    ).toEqual([]);
  });
});
