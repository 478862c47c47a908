import { describe, expect, test } from "vitest";
import type { Tie } from "../../../../src/core/scoring/cut-places.ts";
import { checkPlaces } from "../../../../src/islands/decisions/check-places.ts";
import { checkDecision } from "../../../../src/islands/results/results-store.ts";

const tie: Tie = {
  key: 'selection:武汉"1+8"城市圈:入选',
  cut: "selection",
  group: '武汉"1+8"城市圈',
  total: 8000,
  rank: 200,
  candidates: ["a", "b", "c"],
  seats: [
    { label: "入选", count: 1 },
    { label: "未入选", count: 2 },
  ],
  decided: false,
};

describe("decisions as staff enter them", () => {
  test("an override needs a chosen value and a reason", () => {
    expect(checkDecision({ traineeKey: "a", kind: "tier", value: "", reason: "x" })).toMatchInlineSnapshot(
      `"请选择调整后的结果"`,
    );
    expect(
      checkDecision({ traineeKey: "a", kind: "tier", value: "优秀", reason: "  " }),
    ).toMatchInlineSnapshot(`"须写明理由"`);
    expect(
      checkDecision({ traineeKey: "a", kind: "tier", value: "优秀", reason: "参考所在企业意见" }),
    ).toBeNull();
  });

  test("a tie is settled only when every member is placed and the counts fit the seats", () => {
    expect(checkPlaces(tie, { a: "入选", b: "未入选" }, "r")).toMatchInlineSnapshot(
      `"请为每位并列学员选择结果"`,
    );
    expect(checkPlaces(tie, { a: "入选", b: "入选", c: "未入选" }, "r")).toMatchInlineSnapshot(
      `"“入选”须恰好 1 人，现选了 2 人"`,
    );
    expect(checkPlaces(tie, { a: "入选", b: "未入选", c: "未入选" }, "")).toMatchInlineSnapshot(
      `"须写明理由"`,
    );
    expect(checkPlaces(tie, { a: "入选", b: "未入选", c: "未入选" }, "问卷质量更高")).toBeNull();
  });
});
