/**
 * 身份证号 cells. An ID that went through a number cell has lost its last
 * digits (Excel keeps 15 significant digits), so it is reported as damaged
 * and never stored as a number.
 */
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText } from "./cell-text.ts";
import { findIdNumberFault, type IdNumberFault } from "./id-number.ts";

const damaged = "已被 Excel 转成科学计数法，末几位已丢失；请把该列设为文本格式后重新填写身份证号";
const scientific = /^\d(?:\.\d+)?e\+?\d+$/i;
const separators = /[\s-]/g;
// Messages never repeat the number: it is personal data and the preview already names the cell.
const faults: Record<IdNumberFault, string> = {
  shape: "身份证号应为 17 位数字加 1 位数字或 X",
  region: "身份证号的前两位不是有效的地区代码",
  birthDate: "身份证号中的出生日期不存在",
  checkDigit: "身份证号校验位不符，可能有数字录错",
};

/** Reads an 18-character ID as upper-case text, or says why it cannot be used. */
export function parseIdNumber(cell: FilledCell): ParseResult<string> {
  // Numbers of 16 digits and more are past Excel's 15 significant digits; shorter ones are exact.
  if (cell.kind === "number") return cell.value >= 1e15 ? fail(damaged) : readIdText(String(cell.value));
  if (cell.kind !== "text") return fail(`单元格是${describeCellKind(cell)}，不是身份证号`);
  return readIdText(cell.value);
}

function readIdText(text: string): ParseResult<string> {
  const id = foldText(text).replace(separators, "").toUpperCase();
  if (scientific.test(id)) return fail(damaged);
  if (id.length === 15 && /^\d{15}$/.test(id)) return fail("这是 15 位旧身份证号，请改填 18 位号码");
  if (id.length !== 18) return fail(`身份证号应为 18 位，这里是 ${id.length} 位`);
  const fault = findIdNumberFault(id);
  if (fault === undefined) return succeed(id);
  // Text copied from a number cell keeps Excel's zeros in place of the lost digits.
  if (fault === "checkDigit" && id.endsWith("000")) return fail(damaged);
  return fail(faults[fault]);
}
