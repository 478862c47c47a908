/** Phones: mainland mobiles (138 1234 5678, +86-138…) and landlines with an area code (0756-8688961). */
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText } from "./cell-text.ts";

const extension = /(?:转|分机|ext\.?)\s*(\d{1,6})$/i;
const punctuation = /[\s\-()]/g;
const countryCode = /^(?:\+|00)?86(?=\d{11}$)/;
const mobile = /^1[3-9]\d{9}$/;
// Area codes 010 and 020–029 have three digits; every other one has four.
const landline = /^(01\d|02\d|0[3-9]\d{2})(\d{7,8})$/;
// Messages never repeat the number: it is personal data and the preview already names the cell.
const invalid = "不是有效的手机号（1 开头的 11 位数字）或带区号的固定电话";

/** Reads a phone as digits (mobile) or `area-number` (landline, with `转ext` when given). */
export function parsePhone(cell: FilledCell): ParseResult<string> {
  if (cell.kind === "number")
    return Number.isInteger(cell.value) ? readPhone(String(cell.value)) : fail(invalid);
  if (cell.kind !== "text") return fail(`单元格是${describeCellKind(cell)}，不是电话号码`);
  return readPhone(foldText(cell.value));
}

/** Whether text is a mainland mobile number, allowing +86, spaces and dashes. */
export function isMobileNumber(text: string): boolean {
  return mobile.test(stripPunctuation(text));
}

function readPhone(text: string): ParseResult<string> {
  const ext = extension.exec(text);
  const digits = stripPunctuation(ext ? text.slice(0, ext.index) : text);
  if (mobile.test(digits)) return ext ? fail("手机号不应带分机号") : succeed(digits);
  const l = landline.exec(digits);
  if (l) return succeed(`${l[1]}-${l[2]}${ext ? `转${ext[1]}` : ""}`);
  if (/^\d{7,8}$/.test(digits)) return fail("固定电话缺少区号，请写成 027-87520061 的形式");
  return fail(invalid);
}

function stripPunctuation(text: string): string {
  return text.replace(punctuation, "").replace(countryCode, "");
}
