import { describe, expect, it } from "vitest";
import { clusterOf, findRegion } from "../../../../src/core/regions/find-region.ts";

describe("findRegion", () => {
  it.each([
    ["武汉", "武汉"],
    ["武汉市", "武汉"],
    ["湖北省武汉市", "武汉"],
    ["武汉市江夏区", "武汉"],
    [" 鄂州 市 ", "鄂州"],
    ["恩施", "恩施土家族苗族自治州"],
    ["恩施州", "恩施土家族苗族自治州"],
    ["恩施土家族苗族自治州", "恩施土家族苗族自治州"],
    ["神农架", "神农架林区"],
    ["神农架林区", "神农架林区"],
  ])("matches %s to %s", (input, name) => {
    expect(findRegion(input)?.name).toBe(name);
  });

  it("tells 荆州 and 荆门 apart", () => {
    expect([findRegion("荆州市")?.name, findRegion("荆门市")?.name]).toEqual(["荆州", "荆门"]);
  });

  it("finds nothing for a place outside Hubei", () => {
    expect(findRegion("广州市")).toBeUndefined();
  });

  it("finds nothing for the first character of a stem alone", () => {
    expect(findRegion("神")).toBeUndefined();
  });
});

describe("clusterOf", () => {
  it("puts 武汉市 in the 1+8 city circle", () => {
    expect(clusterOf("武汉市")).toBe("武汉“1+8”城市圈");
  });

  it("puts 神农架 in 襄十随神城市群", () => {
    expect(clusterOf("神农架")).toBe("襄十随神城市群");
  });

  it("puts 恩施州 in 宜荆荆恩城市群", () => {
    expect(clusterOf("恩施州")).toBe("宜荆荆恩城市群");
  });

  it("has no cluster for a place outside Hubei", () => {
    expect(clusterOf("垫江县")).toBeUndefined();
  });
});
