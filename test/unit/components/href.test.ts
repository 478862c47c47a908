import { describe, expect, it } from "vitest";
import { joinBase } from "../../../src/components/href.ts";

describe("joinBase", () => {
  it("links to the home page at the domain root", () => {
    expect(joinBase("/", "")).toBe("/");
  });

  it("puts a page under a sub-path given with a trailing slash", () => {
    expect(joinBase("/zhipei/", "programs/gd-ipo-2021/")).toBe("/zhipei/programs/gd-ipo-2021/");
  });

  it("puts a page under a sub-path given without a trailing slash", () => {
    expect(joinBase("/zhipei", "rss.xml")).toBe("/zhipei/rss.xml");
  });

  it("does not double the slash when the path starts with one", () => {
    expect(joinBase("/zhipei/", "/courses/")).toBe("/zhipei/courses/");
  });
});
