import { describe, expect, it } from "vitest";
import { getProgramStatus, toChinaDate } from "../../../../src/core/program/program-status.ts";

const period = { start: "2021-08-01", end: "2021-11-30", text: "2021 年 8 月—11 月" };

describe("getProgramStatus", () => {
  it("says 未开始 before the first day", () => {
    expect(getProgramStatus(period, "2021-07-31")).toBe("未开始");
  });

  it("says 进行中 on the first day", () => {
    expect(getProgramStatus(period, "2021-08-01")).toBe("进行中");
  });

  it("says 进行中 on the last day", () => {
    expect(getProgramStatus(period, "2021-11-30")).toBe("进行中");
  });

  it("says 已结束 the day after the last day", () => {
    expect(getProgramStatus(period, "2021-12-01")).toBe("已结束");
  });
});

describe("toChinaDate", () => {
  it("gives the Beijing date when UTC is still on the previous day", () => {
    expect(toChinaDate(new Date("2024-09-17T20:30:00Z"))).toBe("2024-09-18");
  });

  it("gives the same date when both time zones agree", () => {
    expect(toChinaDate(new Date("2024-09-18T03:00:00Z"))).toBe("2024-09-18");
  });
});
