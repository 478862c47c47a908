/** Loose matching of 市州 names by stem: 武汉市 and 武汉市江夏区 → 武汉, 恩施州 → 恩施土家族苗族自治州, 神农架 → 神农架林区. */
import { foldText } from "../cells/cell-text.ts";
import { hubeiRegions, type HubeiCluster, type HubeiRegion } from "./hubei-regions.ts";

const byStem = new Map(hubeiRegions.map((r) => [r.stem, r]));
const province = /^湖北省?/;

/** The 市州 a place name starts with (after an optional 湖北省), or undefined. */
export function findRegion(text: string): HubeiRegion | undefined {
  const t = foldText(text).replace(/\s+/g, "").replace(province, "");
  // Every stem has two characters except 神农架.
  return byStem.get(t.slice(0, 2)) ?? byStem.get(t.slice(0, 3));
}

/** The city cluster of a 市州 written in any of its usual forms, or undefined outside Hubei's 17. */
export function clusterOf(region: string): HubeiCluster | undefined {
  return findRegion(region)?.cluster;
}
