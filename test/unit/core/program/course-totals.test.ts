import { describe, expect, it } from "vitest";
import { groupCoursesByModule, totalCourseHours } from "../../../../src/core/program/course-totals.ts";
import type { Course } from "../../../../src/core/program/program-schema.ts";

const course = (title: string, hours: number, mode: Course["mode"], module?: string): Course =>
  module === undefined ? { title, hours, mode } : { title, hours, mode, module };

describe("totalCourseHours", () => {
  it("adds 14 + 1 courses of 1.5 hours to 22.5", () => {
    const courses = Array.from({ length: 15 }, (_, i) => course(`课程${i + 1}`, 1.5, "online"));
    expect(totalCourseHours(courses)).toEqual({ all: 22.5, online: 22.5, offline: 0 });
  });

  it("splits the total into online and offline hours", () => {
    const courses = [course("甲", 2, "online"), course("乙", 2, "online"), course("丙", 8, "offline")];
    expect(totalCourseHours(courses)).toEqual({ all: 12, online: 4, offline: 8 });
  });

  it("prints tenths without binary noise", () => {
    expect(totalCourseHours([course("甲", 0.1, "online"), course("乙", 0.2, "online")]).all).toBe(0.3);
  });

  it("gives zero hours for a plan without courses", () => {
    expect(totalCourseHours([])).toEqual({ all: 0, online: 0, offline: 0 });
  });
});

describe("groupCoursesByModule", () => {
  const modules = [
    { id: "m1", title: "理论基础" },
    { id: "m2", title: "运营模式" },
    { id: "m3", title: "未开课模块" },
  ];

  it("keeps the modules' order and sums each module's hours", () => {
    const groups = groupCoursesByModule(modules, [
      course("乙", 2, "online", "m2"),
      course("甲", 2, "online", "m1"),
      course("丙", 3, "online", "m2"),
    ]);
    expect(groups.map((g) => [g.module?.title, g.courses.map((c) => c.title), g.hours])).toEqual([
      ["理论基础", ["甲"], 2],
      ["运营模式", ["乙", "丙"], 5],
    ]);
  });

  it("puts courses without a module in a last group", () => {
    const groups = groupCoursesByModule(modules, [
      course("线下班", 8, "offline"),
      course("甲", 2, "online", "m1"),
    ]);
    expect(groups.map((g) => g.module?.id)).toEqual(["m1", undefined]);
  });

  it("leaves out modules that have no course", () => {
    const groups = groupCoursesByModule(modules, [course("甲", 2, "online", "m1")]);
    expect(groups).toHaveLength(1);
  });
});
