import { describe, expect, it } from "vitest";
import { sortNewestFirst } from "../../../../src/core/program/program-order.ts";
import { loadProgram } from "../../helpers/load-programs.ts";

const gd = loadProgram("gd-ipo-2021");
const entry = (id: string, issueDate: string, title = id) => ({ id, data: { ...gd.data, issueDate, title } });

describe("sortNewestFirst", () => {
  it("lists the latest notice first", () => {
    const sorted = sortNewestFirst([
      entry("a", "2021-07-01"),
      entry("b", "2024-09-18"),
      entry("c", "2022-05-01"),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(["b", "c", "a"]);
  });

  it("orders notices of the same day by title", () => {
    const sorted = sortNewestFirst([entry("x", "2022-05-01", "湖北"), entry("y", "2022-05-01", "广东")]);
    expect(sorted.map((e) => e.id)).toEqual(["y", "x"]);
  });

  it("leaves the input list as it was", () => {
    const input = [entry("a", "2021-07-01"), entry("b", "2024-09-18")];
    sortNewestFirst(input);
    expect(input.map((e) => e.id)).toEqual(["a", "b"]);
  });
});
