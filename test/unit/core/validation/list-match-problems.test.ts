import { describe, expect, it } from "vitest";
import { matchTrainees } from "../../../../src/core/records/match-trainees.ts";
import { labelColumns } from "../../../../src/core/validation/column-labels.ts";
import {
  listMatchProblems,
  type LabelledSource,
} from "../../../../src/core/validation/list-match-problems.ts";
import { batchOf } from "./batches.ts";
import { fieldsOf, idNumber } from "./people.ts";

const gd = fieldsOf("gd-ipo-2021", "trainees");
const labelled = (fileName: string, keys: string[], rows: (string | number | boolean | null)[][]) =>
  ({
    fileName,
    sheetName: "Sheet1",
    batch: batchOf(keys, rows),
    labels: labelColumns(keys.map((key, column) => ({ column, field: gd.get(key)! }))),
  }) satisfies LabelledSource;

describe("listMatchProblems", () => {
  it("lists a conflict at the row whose value was not kept, with both values", () => {
    const sources = [
      labelled(
        "报名.xlsx",
        ["name", "idNumber", "employer", "outOfProvince"],
        [["张三", idNumber(1), "甲公司", true]],
      ),
      labelled(
        "考核.xlsx",
        ["idNumber", "name", "employer", "outOfProvince"],
        [[idNumber(1), "张三", "甲公司", false]],
      ),
    ];
    expect(listMatchProblems(sources, matchTrainees(sources))).toMatchInlineSnapshot(`
      [
        {
          "column": "D",
          "fileName": "考核.xlsx",
          "header": "是否省外",
          "message": "与「报名.xlsx」Sheet1 第 2 行（身份证号相同，视为同一人）的是否省外不同：那里是「是」，这里是「否」；保留「是」，请核对",
          "row": 2,
          "severity": "warning",
          "sheetName": "Sheet1",
        },
      ]
    `);
  });

  it("lists a row that names no one as an error", () => {
    const sources = [labelled("考核.xlsx", ["name", "exam"], [["张三", 80]])];
    expect(listMatchProblems(sources, matchTrainees(sources)).map((p) => [p.row, p.column, p.message]))
      .toMatchInlineSnapshot(`
      [
        [
          2,
          "A",
          "无法确定是哪位学员：没有身份证号、手机号，也没有姓名和工作单位；此行未计入",
        ],
      ]
    `);
  });
});
