import { describe, expect, it } from "vitest";
import { listCatalogue } from "../../../../src/core/program/course-catalogue.ts";
import { loadProgram } from "../../helpers/load-programs.ts";

const gd = loadProgram("gd-ipo-2021");

describe("listCatalogue", () => {
  it("names each course's module by its title", () => {
    const [section] = listCatalogue([gd]);
    expect(section?.courses[0]).toMatchObject({
      title: "知识产权资产属性与运营",
      moduleTitle: "知识产权运营理论基础",
    });
  });

  it("leaves the module empty for a course outside the modules", () => {
    const [section] = listCatalogue([gd]);
    expect(section?.courses.at(-1)).toMatchObject({
      title: "线下培训班（按六大模块开设）",
      moduleTitle: undefined,
    });
  });

  it("totals the program's 34 online and 8 offline hours", () => {
    const [section] = listCatalogue([gd]);
    expect(section?.totals).toEqual({ all: 42, online: 34, offline: 8 });
  });

  it("keeps a plan without courses as an empty section", () => {
    const plan = { id: "plan", data: { ...gd.data, issueDate: "2022-01-01", courses: [] } };
    expect(listCatalogue([gd, plan]).map((s) => [s.id, s.courses.length])).toEqual([
      ["plan", 0],
      ["gd-ipo-2021", 18],
    ]);
  });
});
