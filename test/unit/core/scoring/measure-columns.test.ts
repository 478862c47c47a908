import { describe, expect, it } from "vitest";
import { numberAt, readMeasureColumns } from "../../../../src/core/scoring/measure-columns.ts";

describe("measure columns", () => {
  it("read yes/no as 1/0 and anything not a finite number as 未录入", () => {
    expect([true, false, 85, null, undefined, "85", Infinity].map((_, i, all) => numberAt(all, i))).toEqual([
      1,
      0,
      85,
      NaN,
      NaN,
      NaN,
      NaN,
    ]);
  });

  it("treat a measure the table lacks as 未录入 for everyone", () => {
    const columns = readMeasureColumns({ ids: ["a", "b"], measures: {} });
    expect(Array.from(columns.numbers("exam"))).toEqual([NaN, NaN]);
    expect(Array.from(columns.raw("exam"))).toEqual([null, null]);
  });

  it("count a number, even 0, as present, and false as not", () => {
    const columns = readMeasureColumns({
      ids: ["a", "b", "c", "d"],
      measures: { q: [0, false, true, null] },
    });
    expect(Array.from(columns.present("q"))).toEqual([1, 0, 1, 0]);
  });
});
