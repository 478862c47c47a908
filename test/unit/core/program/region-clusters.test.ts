import { describe, expect, it } from "vitest";
import { groupRegionsByCluster } from "../../../../src/core/program/region-clusters.ts";

describe("groupRegionsByCluster", () => {
  it("gathers regions under their cluster in the listed order", () => {
    const groups = groupRegionsByCluster([
      { name: "武汉", cluster: "武汉“1+8”城市圈" },
      { name: "襄阳", cluster: "襄十随神城市群" },
      { name: "黄石", cluster: "武汉“1+8”城市圈" },
    ]);
    expect(groups).toEqual([
      { cluster: "武汉“1+8”城市圈", names: ["武汉", "黄石"] },
      { cluster: "襄十随神城市群", names: ["襄阳"] },
    ]);
  });

  it("keeps regions without a cluster in one group of their own", () => {
    expect(groupRegionsByCluster([{ name: "垫江县" }])).toEqual([{ cluster: undefined, names: ["垫江县"] }]);
  });
});
