/** Region cells, read as one of Hubei's 17 市州. */
import { fail, succeed, type FilledCell, type ParseResult } from "../cells/cell.ts";
import { quote } from "../cells/cell-text.ts";
import { parseText } from "../cells/parse-text.ts";
import { findRegion } from "./find-region.ts";

/** The 市州 as the program entries name it (武汉, 恩施土家族苗族自治州), or a message when it is not one of the 17. */
export function parseRegion(cell: FilledCell): ParseResult<string> {
  const text = parseText(cell);
  if (!text.ok) return text;
  const region = findRegion(text.value);
  return region
    ? succeed(region.name)
    : fail(`${quote(text.value)}不是湖北省的市州（应为 武汉、恩施州、神农架林区 这样的名称）`);
}
