/** Free text (names, employers, counties): kept as typed, with stray spaces removed. */
import { succeed, type FilledCell, type ParseResult } from "./cell.ts";
import { convertExcelSerial } from "./excel-serial.ts";

const spaces = /\s+/g;
const anySpace = /\s/;
// Names are padded to line up in print ("张  三"); a space between two Chinese characters is never meant.
const betweenHan = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** Reads a cell as trimmed text; numbers and logical values as they would print, dates as `YYYY-MM-DD`. */
export function parseText(cell: FilledCell): ParseResult<string> {
  switch (cell.kind) {
    case "text":
      // Most cells have no space at all; skipping the replacements then halves the cost.
      return succeed(anySpace.test(cell.value) ? tidySpaces(cell.value) : cell.value);
    case "number":
      return succeed(String(cell.value));
    case "bool":
      return succeed(cell.value ? "TRUE" : "FALSE");
    case "date":
      return convertExcelSerial(cell.serial, cell.date1904);
  }
}

function tidySpaces(text: string): string {
  return text.replace(betweenHan, "").replace(spaces, " ").trim();
}
