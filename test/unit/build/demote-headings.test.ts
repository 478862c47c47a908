import { describe, expect, it } from "vitest";
import { markdownToHtml } from "satteri";
import { demoteHeadings } from "../../../src/build/demote-headings.ts";

const render = (md: string) => markdownToHtml(md, { mdastPlugins: [demoteHeadings] }).html;

describe("demoteHeadings", () => {
  it("turns a notice's ## sections into h3", () => {
    expect(render("## 培养对象")).toContain("<h3>培养对象</h3>");
  });

  it("turns ### subsections into h4", () => {
    expect(render("### 优化人才队伍结构")).toContain("<h4>优化人才队伍结构</h4>");
  });

  it("leaves h6 as it is, there being no h7", () => {
    expect(render("###### 注")).toContain("<h6>注</h6>");
  });
});
