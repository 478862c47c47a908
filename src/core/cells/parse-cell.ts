/** One cell read as the value a field asks for: the single entry point the importer calls per cell. */
import type { Field } from "../fields/field-schema.ts";
import type { CellValue } from "../records/record-batch.ts";
import { parseRegion } from "../regions/parse-region.ts";
import { fail, succeed, type Cell, type FilledCell, type ParseResult } from "./cell.ts";
import { isBlankText } from "./cell-text.ts";
import { parseChoice } from "./parse-choice.ts";
import { parseDate } from "./parse-date.ts";
import { parseDuration } from "./parse-duration.ts";
import { parseEmail } from "./parse-email.ts";
import { parseIdNumber } from "./parse-id-number.ts";
import { parseNumber } from "./parse-number.ts";
import { parsePhone } from "./parse-phone.ts";
import { parseText } from "./parse-text.ts";
import { parseYesNo } from "./parse-yes-no.ts";

// One shared empty list, so parseChoice's per-list lookup cache is not defeated by a new [] per cell.
const noChoices: readonly string[] = [];
const errorMeanings: Record<string, string> = {
  "#N/A": "查找不到引用的值",
  "#DIV/0!": "除数为零",
  "#VALUE!": "参与计算的值类型不对",
  "#REF!": "引用的单元格已删除",
  "#NAME?": "公式中有无法识别的名称",
  "#NUM!": "数值无效",
  "#NULL!": "引用的区域不相交",
};

/**
 * The field's typed value, `null` for an empty optional cell (未录入, never 0),
 * or a Chinese message. Error cells are reported, never read as empty.
 */
export function parseCell(field: Field, cell: Cell): ParseResult<CellValue> {
  if (cell.kind === "error") {
    const meaning = errorMeanings[cell.code];
    return fail(`单元格是公式错误 ${cell.code}${meaning ? `（${meaning}）` : ""}，请先在表格中修正`);
  }
  if (cell.kind === "empty" || (cell.kind === "text" && isBlankText(cell.value))) {
    return field.required ? fail("必填项为空") : succeed(null);
  }
  return parseFilledCell(field, cell);
}

function parseFilledCell(field: Field, cell: FilledCell): ParseResult<CellValue> {
  switch (field.type) {
    case "text":
    case "county":
      return parseText(cell);
    case "number":
      return parseNumber(cell, field);
    case "integer":
      return parseNumber(cell, { min: field.min, max: field.max, integer: true });
    case "duration":
      return parseDuration(cell, field);
    case "date":
      return parseDate(cell);
    case "idNumber":
      return parseIdNumber(cell);
    case "phone":
      return parsePhone(cell);
    case "email":
      return parseEmail(cell);
    case "region":
      return parseRegion(cell);
    case "yesNo":
      return parseYesNo(cell);
    case "choice":
      return parseChoice(cell, field.choices ?? noChoices);
  }
}
