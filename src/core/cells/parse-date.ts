/** Dates: Excel date cells and "2023年3月1日", "2023/3/1", "2023-03-01", "2023.3.1", "2023年3月" → `YYYY-MM-DD`. */
import { formatIsoDate } from "./calendar-date.ts";
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText, quote } from "./cell-text.ts";
import { convertExcelSerial } from "./excel-serial.ts";

// A time after the date is dropped: 问卷星 writes 提交答卷时间 as "2023/3/1 10:20:30".
const timeSuffix = /[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const chinese = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?$/;
const separated = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const formatNoise = /"[^"]*"|\\.|\[[^\]]*\]/g;
const earliestYear = 1900;
const latestYear = 2100;

/** Reads a date cell, a yyyymmdd number, a number with a date format, or date text. */
export function parseDate(cell: FilledCell): ParseResult<string> {
  switch (cell.kind) {
    case "date":
      return convertExcelSerial(cell.serial, cell.date1904);
    case "number":
      return readDateNumber(cell.value, cell.format);
    case "bool":
      return fail(`单元格是${describeCellKind(cell)}，不是日期`);
    case "text":
      return readDateText(foldText(cell.value));
  }
}

function readDateNumber(value: number, format: string | undefined): ParseResult<string> {
  if (format !== undefined && /[yd]/i.test(format.replace(formatNoise, "")))
    return convertExcelSerial(value, false);
  if (Number.isInteger(value) && value >= 10_000_000 && value < 100_000_000)
    return readDateText(String(value));
  // A bare 44986 may be a serial that lost its format, or a plain count: guessing would invent dates.
  return fail(`单元格是数字 ${value}，不是日期；若是 Excel 日期序号，请在表格中把该列设为日期格式`);
}

function readDateText(text: string): ParseResult<string> {
  const t = text.replace(timeSuffix, "").replace(/\s+/g, "");
  const m = chinese.exec(t) ?? compact.exec(t);
  const s = m ? undefined : separated.exec(t);
  const parts = m ? [m[1], m[2], m[3]] : s ? [s[1], s[3], s[4]] : undefined;
  if (!parts) return fail(`${quote(text)}不是日期，可写成 2023-03-01 或 2023年3月1日`);
  const year = Number(parts[0]);
  if (year < earliestYear || year > latestYear)
    return fail(`${quote(text)}的年份不在 ${earliestYear}—${latestYear} 之间`);
  const iso = formatIsoDate(year, Number(parts[1]), Number(parts[2] ?? 1));
  return iso ? succeed(iso) : fail(`${quote(text)}不是存在的日期`);
}
