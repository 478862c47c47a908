import { describe, expect, it } from "vitest";
import { isTimeFormat, parseDuration } from "../../../../src/core/cells/parse-duration.ts";
import { bool, date, num, text } from "./build-cells.ts";

describe("parseDuration", () => {
  it.each([
    ["20", 20],
    ["20小时", 20],
    ["20学时", 20],
    ["２０小时", 20],
    ["20小时30分", 20.5],
    ["20 小时 30 分钟", 20.5],
    ["1:30:00", 1.5],
    ["1：30", 1.5],
    ["90分钟", 1.5],
    ["2.5h", 2.5],
    ["2H30M", 2.5],
    ["1小时30分36秒", 1.51],
  ])("reads %s as %d hours", (input, expected) => {
    expect(parseDuration(text(input))).toEqual({ ok: true, value: expected });
  });

  it("takes a plain number cell as hours", () => {
    expect(parseDuration(num(20))).toEqual({ ok: true, value: 20 });
  });

  it("turns an Excel time fraction into hours", () => {
    expect(parseDuration(num(0.0625, "h:mm"))).toEqual({ ok: true, value: 1.5 });
  });

  it("turns elapsed time over a day into hours", () => {
    expect(parseDuration(num(1.5, "[h]:mm:ss"))).toEqual({ ok: true, value: 36 });
  });

  it("turns a time-of-day date cell into hours", () => {
    expect(parseDuration(date(0.0625))).toEqual({ ok: true, value: 1.5 });
  });

  it("rounds to the second so whole hours stay whole", () => {
    expect(parseDuration(num(13 / 24, "hh:mm"))).toEqual({ ok: true, value: 13 });
  });

  it("says a calendar date is not a duration", () => {
    expect(parseDuration(date(44986))).toMatchInlineSnapshot(`
      {
        "message": "是日期，不是时长",
        "ok": false,
      }
    `);
  });

  it("says a logical cell is not a duration", () => {
    expect(parseDuration(bool(false))).toMatchInlineSnapshot(`
      {
        "message": "单元格是逻辑值 FALSE，不是时长",
        "ok": false,
      }
    `);
  });

  it("rejects text it cannot read and shows the accepted forms", () => {
    expect(parseDuration(text("二十小时"))).toMatchInlineSnapshot(`
      {
        "message": "「二十小时」不是时长，可写成 20、20小时30分 或 1:30:00",
        "ok": false,
      }
    `);
  });

  it("rejects minutes past 59 on a clock", () => {
    expect(parseDuration(text("1:75")).ok).toBe(false);
  });

  it("names the upper bound a duration passes", () => {
    expect(parseDuration(text("600小时"), { min: 0, max: 500 })).toMatchInlineSnapshot(`
      {
        "message": "600 超过上限 500",
        "ok": false,
      }
    `);
  });
});

describe("isTimeFormat", () => {
  it.each(["h:mm", "[h]:mm:ss", "mm:ss", "hh:mm AM/PM", '[$-804]h"时"mm"分"'])(
    "recognises %s as a time format",
    (f) => {
      expect(isTimeFormat(f)).toBe(true);
    },
  );

  it.each(["General", "0.00", "yyyy-mm-dd", "yyyy/m/d h:mm", '0.0"h"'])(
    "does not take %s for a time format",
    (f) => {
      expect(isTimeFormat(f)).toBe(false);
    },
  );
});
