/** Messages for cells whose kind does not fit the field at all. */
import type { FilledCell } from "./cell.ts";

/** Names what a cell holds ("逻辑值 TRUE", "日期"), for messages such as "是日期，不是数字". */
export function describeCellKind(cell: FilledCell): string {
  switch (cell.kind) {
    case "bool":
      return `逻辑值 ${cell.value ? "TRUE" : "FALSE"}`;
    case "date":
      return "日期";
    case "number":
      return "数字";
    case "text":
      return "文字";
  }
}
