/** Regions a program covers, gathered under their city cluster for the page. */
import type { Program } from "./program-schema.ts";

/** The regions of one cluster; `cluster` is undefined for regions listed without one. */
export interface RegionCluster {
  cluster: string | undefined;
  names: string[];
}

/** Groups regions by cluster, clusters and regions in the order the entry lists them. */
export function groupRegionsByCluster(regions: Program["regions"]): RegionCluster[] {
  const groups = new Map<string | undefined, string[]>();
  for (const r of regions) {
    const names = groups.get(r.cluster) ?? [];
    names.push(r.name);
    groups.set(r.cluster, names);
  }
  return [...groups].map(([cluster, names]) => ({ cluster, names }));
}
