import { describe, expect, it } from "vitest";
import {
  joinBatches,
  readRow,
  splitBatch,
  type RecordBatch,
} from "../../../../src/core/records/record-batch.ts";

const batch: RecordBatch = {
  fields: ["name", "hours"],
  rowNumbers: [3, 4, 5, 6, 7],
  columns: [
    ["甲", "乙", "丙", "丁", "戊"],
    [20, null, 18.5, 30, 0],
  ],
};

describe("record batches", () => {
  it("split into pieces of the given size and join back to the same rows", () => {
    const pieces = splitBatch(batch, 2);
    expect(pieces.map((p) => p.rowNumbers)).toEqual([[3, 4], [5, 6], [7]]);
    expect(joinBatches(pieces)).toEqual(batch);
  });

  it("keep an empty cell as null, not zero", () => {
    expect(readRow(batch, 1)).toEqual({ name: "乙", hours: null });
    expect(readRow(batch, 4)).toEqual({ name: "戊", hours: 0 });
  });

  it("refuse to join batches whose fields differ", () => {
    expect(() => joinBatches([batch, { ...batch, fields: ["name", "exam"] }])).toThrow();
  });
});
