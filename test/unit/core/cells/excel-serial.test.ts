import { afterEach, describe, expect, it } from "vitest";
import { convertExcelSerial } from "../../../../src/core/cells/excel-serial.ts";

const originalTimeZone = process.env.TZ;

describe("convertExcelSerial", () => {
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it("reads a 1900-system serial", () => {
    expect(convertExcelSerial(44986, false)).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("reads a 1904-system serial", () => {
    expect(convertExcelSerial(43524, true)).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("starts the 1900 system at 1900-01-01", () => {
    expect(convertExcelSerial(1, false)).toEqual({ ok: true, value: "1900-01-01" });
  });

  it("starts the 1904 system at 1904-01-01", () => {
    expect(convertExcelSerial(0, true)).toEqual({ ok: true, value: "1904-01-01" });
  });

  it("reads the day before Excel's phantom leap day", () => {
    expect(convertExcelSerial(59, false)).toEqual({ ok: true, value: "1900-02-28" });
  });

  it("reads the day after Excel's phantom leap day", () => {
    expect(convertExcelSerial(61, false)).toEqual({ ok: true, value: "1900-03-01" });
  });

  it("refuses Excel's phantom 1900-02-29", () => {
    expect(convertExcelSerial(60, false)).toMatchInlineSnapshot(`
      {
        "message": "1900-02-29 并不存在（Excel 1900 日期系统的已知错误），请核对日期",
        "ok": false,
      }
    `);
  });

  it("drops the time of day", () => {
    expect(convertExcelSerial(44986.75, false)).toEqual({ ok: true, value: "2023-03-01" });
  });

  it("treats a hair below midnight as midnight", () => {
    expect(convertExcelSerial(44986.9999999999, false)).toEqual({ ok: true, value: "2023-03-02" });
  });

  it("gives the same day whatever the computer's time zone", () => {
    const days = ["Pacific/Kiritimati", "America/Adak", "Asia/Shanghai"].map((tz) => {
      process.env.TZ = tz;
      return convertExcelSerial(44986, false);
    });
    expect(days.every((d) => d.ok && d.value === "2023-03-01")).toBe(true);
  });

  it("rejects serials outside Excel's calendar", () => {
    expect(convertExcelSerial(0, false)).toMatchInlineSnapshot(`
      {
        "message": "0 不是有效的 Excel 日期",
        "ok": false,
      }
    `);
  });

  it("rejects serials past 9999-12-31", () => {
    expect(convertExcelSerial(2_958_466, false).ok).toBe(false);
  });
});
