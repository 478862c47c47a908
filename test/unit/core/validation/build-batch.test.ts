import { describe, expect, it } from "vitest";
import type { Cell } from "../../../../src/core/cells/cell.ts";
import { buildBatch, type BuildBatchInput } from "../../../../src/core/validation/build-batch.ts";
import { rows } from "../mapping/build-rows.ts";
import { fieldsOf, idNumber, mobile } from "./people.ts";

const gd = fieldsOf("gd-ipo-2021", "trainees");
const field = (key: string) => gd.get(key)!;

/** A gd trainee sheet: a title row, the header on row 2, data from row 3. */
function sheet(table: string): BuildBatchInput {
  return {
    fileName: "学员.xlsx",
    sheetName: "Sheet1",
    rows: rows(`2021 年学员考核表\n姓名|身份证号|手机号码|工作单位|学时|线下期数|成绩\n${table}`),
    firstDataRow: 2,
    endRow: Number.MAX_SAFE_INTEGER,
    bindings: ["name", "idNumber", "phone", "employer", "onlineHours", "offlineSessions", "exam"].map(
      (key, column) => ({ column, field: field(key) }),
    ),
  };
}

describe("buildBatch", () => {
  it("reads every bound column into a typed column, keeping sheet row numbers", () => {
    const built = buildBatch(sheet(`张三|${idNumber(1)}|${mobile(1)}|甲公司|20小时30分|#1|85分`));
    expect(built.batch).toEqual({
      fields: ["name", "idNumber", "phone", "employer", "onlineHours", "offlineSessions", "exam"],
      rowNumbers: [3],
      columns: [["张三"], [idNumber(1)], [mobile(1)], ["甲公司"], [20.5], [1], [85]],
    });
    expect(built.problems).toEqual([]);
    expect(built.badRows).toEqual([]);
  });

  it("keeps a bad cell as null and lists the row, column, header and message", () => {
    const built = buildBatch(
      sheet(`张三|${idNumber(1)}||甲公司|#20|#1|#120\n李四|${idNumber(2)}||乙公司||#1|#60`),
    );
    expect(built.batch.columns[6]).toEqual([null, 60]);
    expect(built.badRows).toEqual([3, 4]);
    expect(built.problems).toMatchInlineSnapshot(`
      [
        {
          "column": "G",
          "fileName": "学员.xlsx",
          "header": "成绩",
          "message": "120 超过上限 100",
          "row": 3,
          "severity": "error",
          "sheetName": "Sheet1",
        },
        {
          "column": "E",
          "fileName": "学员.xlsx",
          "header": "学时",
          "message": "必填项为空",
          "row": 4,
          "severity": "error",
          "sheetName": "Sheet1",
        },
      ]
    `);
  });

  it("names a column by the header the caller gives, such as a joined two-row header", () => {
    const input = sheet(`张三|${idNumber(1)}||甲公司|#20|#1|#120`);
    const bindings = input.bindings.map((b) =>
      b.field.key === "exam" ? { ...b, header: "线下培训-考试成绩" } : b,
    );
    expect(buildBatch({ ...input, bindings }).problems[0]?.header).toBe("线下培训-考试成绩");
  });

  it("leaves out rows with nothing in any bound column, and stops at the end row", () => {
    const input = sheet(
      `张三||${mobile(1)}|甲公司|#20|#1|#80\n||||||\n李四||${mobile(2)}|乙公司|#20|#1|#70\n合计||||#40||`,
    );
    const built = buildBatch({ ...input, endRow: 5 });
    expect(built.batch.rowNumbers).toEqual([3, 5]);
    expect(built.problems).toEqual([]);
  });

  it("reports an error cell rather than reading it as empty", () => {
    const input = sheet(`张三||${mobile(1)}|甲公司|#20|#1|`);
    const withError = input.rows.map((row, r) =>
      r === 2 ? row.map((cell, c): Cell => (c === 6 ? { kind: "error", code: "#N/A" } : cell)) : row,
    );
    const built = buildBatch({ ...input, rows: withError });
    expect(built.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "单元格是公式错误 #N/A（查找不到引用的值），请先在表格中修正",
      ]
    `);
  });

  it("never repeats an ID number or phone in a message", () => {
    const damaged = `${idNumber(1).slice(0, 17)}${idNumber(1).endsWith("1") ? "2" : "1"}`;
    const built = buildBatch(sheet(`张三|${damaged}|1381234|甲公司|#20|#1|#80`));
    const text = JSON.stringify(built.problems);
    expect(built.problems).toHaveLength(2);
    expect(text).not.toContain(damaged);
    expect(text).not.toContain("1381234");
  });

  it("flags the second row of the same ID number as an error and a shared phone as a warning", () => {
    const built = buildBatch(
      sheet(
        [
          `张三|${idNumber(1)}|${mobile(1)}|甲公司|#20|#1|#80`,
          `张三|${idNumber(1)}|${mobile(1)}|甲公司|#20|#1|#80`,
          `张三||${mobile(1)}|甲公司|#20|#1|#80`,
        ].join("\n"),
      ),
    );
    expect(built.badRows).toEqual([4]);
    expect(built.problems.map((p) => [p.row, p.column, p.severity, p.message])).toMatchInlineSnapshot(`
      [
        [
          4,
          "B",
          "error",
          "与第 3 行身份证号相同：同一人出现了两次，请删除或合并重复的行",
        ],
        [
          5,
          "C",
          "warning",
          "与第 3 行手机号相同，将视为同一人合并",
        ],
      ]
    `);
  });

  // About 0.4–0.5 s in plain Node on this 2-core machine; the bound here only catches a per-row cost gone wrong
  // (a quadratic scan), with room for a busy machine and Vitest's transform.
  it("validates 100,000 rows × 15 columns within a few seconds", () => {
    const fields = [field("name"), field("idNumber"), field("phone"), field("onlineHours"), field("exam")];
    const data: Cell[][] = [[]];
    for (let r = 0; r < 100_000; r++) {
      const values: Cell[] = [
        { kind: "text", value: `学员${r}` },
        { kind: "text", value: idNumber(r) },
        { kind: "text", value: mobile(r) },
        { kind: "text", value: "20小时30分" },
        { kind: "number", value: 85 },
      ];
      data.push([...values, ...values, ...values]);
    }
    const bindings = Array.from({ length: 15 }, (_, column) => ({ column, field: fields[column % 5]! }));
    const input = {
      fileName: "大.xlsx",
      sheetName: "Sheet1",
      rows: data,
      firstDataRow: 1,
      endRow: data.length,
      bindings,
    };
    // One warm-up pass on a slice, so the figure is the steady state and not the compiler's first look.
    buildBatch({ ...input, endRow: 10_000 });
    const start = performance.now();
    const built = buildBatch(input);
    const elapsed = performance.now() - start;
    expect(built.batch.rowNumbers).toHaveLength(100_000);
    expect(elapsed).toBeLessThan(3000);
  });
});
