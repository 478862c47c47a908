import { describe, expect, it } from "vitest";
import { hubeiClusters, hubeiRegions } from "../../../../src/core/regions/hubei-regions.ts";
import { loadPrograms } from "../../helpers/load-programs.ts";

describe("hubeiRegions", () => {
  it("has 17 市州 in clusters of 9, 4 and 4", () => {
    const sizes = hubeiClusters.map((c) => hubeiRegions.filter((r) => r.cluster === c).length);
    expect(sizes).toEqual([9, 4, 4]);
  });

  it("names and groups the 市州 exactly as the Hubei program entries do", () => {
    const table = hubeiRegions.map((r) => ({ name: r.name, cluster: r.cluster }));
    const programs = loadPrograms();
    for (const slug of ["hb-specialist-2022", "hb-bxwq-2023"]) {
      expect(programs.get(slug)?.data.regions).toEqual(table);
    }
  });
});
