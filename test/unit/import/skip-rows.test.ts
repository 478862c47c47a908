import { describe, expect, it } from "vitest";
import type { RecordBatch } from "../../../src/core/records/record-batch.ts";
import { skipRows } from "../../../src/import/skip-rows.ts";

const batch: RecordBatch = {
  fields: ["name", "exam"],
  rowNumbers: [2, 3, 5],
  columns: [
    ["张三", "李四", "王五"],
    [85, null, 77],
  ],
};

describe("skipping the rows with errors", () => {
  it("leaves out the listed sheet rows, column by column", () => {
    expect(skipRows(batch, [3])).toEqual({
      fields: ["name", "exam"],
      rowNumbers: [2, 5],
      columns: [
        ["张三", "王五"],
        [85, 77],
      ],
    });
  });

  it("ignores sheet rows the batch does not hold", () => {
    expect(skipRows(batch, [4]).rowNumbers).toEqual([2, 3, 5]);
  });
});
