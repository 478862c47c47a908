import { describe, expect, it } from "vitest";
import { toColumnKeys } from "../../../src/islands/column-keys.ts";

describe("the keys a confirmed mapping records columns under", () => {
  it("is the header itself when it is the only one of its name", () => {
    expect(
      toColumnKeys([
        { index: 0, header: "姓名" },
        { index: 1, header: " 学时 " },
      ]),
    ).toEqual(["姓名", "学时"]);
  });

  it("adds the column letter to a repeated header and to a column without one", () => {
    expect(
      toColumnKeys([
        { index: 0, header: "成绩" },
        { index: 2, header: "成绩" },
        { index: 27, header: "" },
      ]),
    ).toEqual(["成绩", "成绩（C列）", "（AB列）"]);
  });
});
