/**
 * Excel date serials to ISO dates, computed in UTC so the host's time zone
 * cannot shift a day. The 1900 system counts 1900-02-29, a day that never
 * existed (kept by Excel for Lotus 1-2-3 compatibility:
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year);
 * the 1904 system (old Mac workbooks) counts from 1904-01-01.
 */
import { fail, succeed, type ParseResult } from "./cell.ts";

const dayMs = 86_400_000;
const lastSerial = 2_958_465; // 9999-12-31, Excel's last date
const before1900Bug = Date.UTC(1899, 11, 31);
const after1900Bug = Date.UTC(1899, 11, 30);
const epoch1904 = Date.UTC(1904, 0, 1);

/** The calendar day of a serial (any time of day is dropped). */
export function convertExcelSerial(serial: number, date1904: boolean): ParseResult<string> {
  // Round to the second first: 45000.99999999 is 45001 written with float noise.
  const day = Math.floor(Math.round(serial * 86_400) / 86_400);
  if (!Number.isFinite(day) || day < (date1904 ? 0 : 1) || day > lastSerial)
    return fail(`${serial} 不是有效的 Excel 日期`);
  if (!date1904 && day === 60)
    return fail("1900-02-29 并不存在（Excel 1900 日期系统的已知错误），请核对日期");
  const base = date1904 ? epoch1904 : day < 60 ? before1900Bug : after1900Bug;
  return succeed(new Date(base + day * dayMs).toISOString().slice(0, 10));
}
