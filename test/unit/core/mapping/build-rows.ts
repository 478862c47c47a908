/** Rows of cells from a text table: "|"-separated, blank for empty, a leading "#" for a number cell. */
import type { Cell } from "../../../../src/core/cells/cell.ts";
import type { Row } from "../../../../src/core/mapping/row-cells.ts";

/** One line a row; cells trimmed; `#85` is a number cell, anything else non-blank a text cell. */
export function rows(table: string): Row[] {
  return table
    .trim()
    .split("\n")
    .map((line) => line.split("|").map(toCell));
}

function toCell(raw: string): Cell {
  const t = raw.trim();
  if (t === "") return { kind: "empty" };
  if (t.startsWith("#")) return { kind: "number", value: Number(t.slice(1)) };
  return { kind: "text", value: t };
}
