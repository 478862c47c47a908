/** Yes/no cells: 是/否, 有/无, √/×, Y/N, 1/0, 已提交/未提交, 合格/不合格, 通过/未通过, TRUE/FALSE. */
import { fail, succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { describeCellKind } from "./describe-cell.ts";
import { foldText, quote } from "./cell-text.ts";

const words = new Map<string, boolean>([
  ...[
    "是",
    "有",
    "√",
    "✓",
    "✔",
    "y",
    "yes",
    "1",
    "true",
    "对",
    "已提交",
    "已交",
    "提交",
    "合格",
    "通过",
    "已通过",
    "完成",
    "已完成",
  ].map((w) => [w, true] as const),
  ...[
    "否",
    "无",
    "没有",
    "×",
    "✗",
    "✘",
    "n",
    "no",
    "0",
    "false",
    "错",
    "未提交",
    "未交",
    "不合格",
    "未通过",
    "不通过",
    "未完成",
  ].map((w) => [w, false] as const),
]);

/** Reads a yes/no answer from a logical cell, 1/0 or one of the usual Chinese words. */
export function parseYesNo(cell: FilledCell): ParseResult<boolean> {
  switch (cell.kind) {
    case "bool":
      return succeed(cell.value);
    case "number":
      return cell.value === 1 || cell.value === 0
        ? succeed(cell.value === 1)
        : fail(`${cell.value} 不是“是/否”`);
    case "date":
      return fail(`单元格是${describeCellKind(cell)}，不是“是/否”`);
    case "text": {
      const text = foldText(cell.value);
      const answer = words.get(text.toLowerCase());
      return answer === undefined ? fail(`${quote(text)}不是“是/否”，可填 是、否、√、×`) : succeed(answer);
    }
  }
}
