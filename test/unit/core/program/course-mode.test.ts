import { describe, expect, it } from "vitest";
import { describeMode } from "../../../../src/core/program/course-mode.ts";

describe("describeMode", () => {
  it("calls an online course 线上", () => {
    expect(describeMode("online")).toBe("线上");
  });

  it("calls an offline course 线下", () => {
    expect(describeMode("offline")).toBe("线下");
  });
});
