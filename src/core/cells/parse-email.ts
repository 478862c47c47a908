/** E-mail addresses, full-width ＠ and letters folded. */
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText } from "./cell-text.ts";

const address = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Reads an address; the message does not repeat it, as it is personal data. */
export function parseEmail(cell: FilledCell): ParseResult<string> {
  if (cell.kind !== "text") return fail(`单元格是${describeCellKind(cell)}，不是电子邮箱`);
  const text = foldText(cell.value);
  return address.test(text) ? succeed(text) : fail("不是有效的电子邮箱（应形如 name@example.com）");
}
