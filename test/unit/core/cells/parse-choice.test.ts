import { describe, expect, it } from "vitest";
import { parseChoice } from "../../../../src/core/cells/parse-choice.ts";
import { text } from "./build-cells.ts";

const orgKinds = ["政府部门", "企业", "高校、科研院所", "服务机构"];

describe("parseChoice", () => {
  it("returns the choice spelled as listed", () => {
    expect(parseChoice(text(" 高校、 科研院所 "), orgKinds)).toEqual({ ok: true, value: "高校、科研院所" });
  });

  it("matches a choice typed with full-width letters", () => {
    expect(parseChoice(text("ＰＣＴ"), ["PCT", "马德里"])).toEqual({ ok: true, value: "PCT" });
  });

  it("lists the choices when the cell names none of them", () => {
    expect(parseChoice(text("医院"), orgKinds)).toMatchInlineSnapshot(`
      {
        "message": "「医院」不在可选项中：「政府部门」「企业」「高校、科研院所」「服务机构」",
        "ok": false,
      }
    `);
  });
});
