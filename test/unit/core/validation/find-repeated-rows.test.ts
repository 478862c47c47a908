import { describe, expect, it } from "vitest";
import { findRepeatedRows } from "../../../../src/core/validation/find-repeated-rows.ts";
import { batchOf } from "./batches.ts";
import { idNumber, mobile } from "./people.ts";

const person = ["name", "idNumber", "phone", "employer"];

describe("findRepeatedRows in a trainee list", () => {
  it("says nothing when every row is a different person", () => {
    const batch = batchOf(person, [
      ["张三", idNumber(1), mobile(1), "甲公司"],
      ["张三", idNumber(2), mobile(2), "甲公司"],
      ["李四", null, null, "甲公司"],
    ]);
    expect(findRepeatedRows(batch, "trainee")).toEqual([]);
  });

  it("warns that the same name and employer will be merged as one person", () => {
    const batch = batchOf(person, [
      ["张三", null, null, "甲 公司"],
      ["张三", null, null, "甲公司"],
    ]);
    expect(findRepeatedRows(batch, "trainee")).toMatchInlineSnapshot(`
      [
        {
          "field": "name",
          "index": 1,
          "message": "与第 2 行姓名和工作单位相同，将视为同一人合并",
          "severity": "warning",
        },
      ]
    `);
  });

  it("asks to check a phone shared by two different ID numbers", () => {
    const batch = batchOf(person, [
      ["张三", idNumber(1), mobile(1), "甲公司"],
      ["李四", idNumber(2), mobile(1), "乙公司"],
    ]);
    expect(findRepeatedRows(batch, "registration").map((r) => r.message)).toMatchInlineSnapshot(`
      [
        "与第 2 行手机号相同，但身份证号不同，请核对",
      ]
    `);
  });

  it("does not match by a landline, which a whole office shares", () => {
    const batch = batchOf(person, [
      ["张三", null, "027-87520061", "甲公司"],
      ["李四", null, "027-87520061", "乙公司"],
    ]);
    expect(findRepeatedRows(batch, "trainee")).toEqual([]);
  });

  it("knows a person by an ID number a later row added", () => {
    const batch = batchOf(person, [
      ["张三", null, mobile(1), "甲公司"],
      ["张三", idNumber(1), mobile(1), "甲公司"],
      ["张三", idNumber(2), mobile(1), "甲公司"],
    ]);
    expect(findRepeatedRows(batch, "trainee").map((r) => [r.index, r.message])).toMatchInlineSnapshot(`
      [
        [
          1,
          "与第 2 行手机号相同，将视为同一人合并",
        ],
        [
          2,
          "与第 2 行手机号相同，但身份证号不同，请核对",
        ],
      ]
    `);
  });
});

describe("findRepeatedRows in event lists", () => {
  it("warns that the same person at the same training would count twice as person-times", () => {
    const fields = [...person, "year", "trainingName", "trainingDate"];
    const batch = batchOf(fields, [
      ["张三", idNumber(1), null, "甲公司", 2022, "专利导航", "2022-05-01"],
      ["张三", idNumber(1), null, "甲公司", 2022, "专利导航", "2022-09-01"],
      ["李四", idNumber(2), null, "甲公司", 2022, "专利导航", "2022-05-01"],
      ["张三", idNumber(1), null, "甲公司", 2022, "专利导航", "2022-05-01"],
    ]);
    expect(findRepeatedRows(batch, "participation")).toMatchInlineSnapshot(`
      [
        {
          "field": "trainingName",
          "index": 3,
          "message": "与第 2 行是同一人参加的同一培训，人次会重复计算",
          "severity": "warning",
        },
      ]
    `);
  });

  it("warns that the same class listed twice would count its attendees twice", () => {
    const batch = batchOf(
      ["className", "date", "headcount", "host"],
      [
        ["知识产权进企业", "2023-06-01", 50, "鄂州市市场监督管理局"],
        ["知识产权进企业", "2023-07-01", 40, "鄂州市市场监督管理局"],
        ["知识产权进企业", "2023-06-01", 50, "鄂州市市场监督管理局"],
      ],
    );
    expect(findRepeatedRows(batch, "trainingClass").map((r) => [r.index, r.message])).toMatchInlineSnapshot(`
      [
        [
          2,
          "与第 2 行是同一培训班（名称、时间、地区相同），人数会重复计算",
        ],
      ]
    `);
  });
});
