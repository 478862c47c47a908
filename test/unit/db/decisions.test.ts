import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type ZhipeiDatabase } from "../../../src/db/database.ts";
import { listDecisions, putDecision, removeDecision } from "../../../src/db/decisions.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const tierOverride = {
  cohortId: "c1",
  traineeKey: "110101199003074514",
  kind: "tier",
  value: "优秀",
} as const;

describe("decisions", () => {
  it("need a written reason", async () => {
    await expect(putDecision(db, { ...tierOverride, reason: "" })).rejects.toThrow("须写明理由");
    expect(await listDecisions(db, "c1")).toEqual([]);
  });

  it("replace the trainee's earlier decision of the same kind", async () => {
    await putDecision(db, { ...tierOverride, reason: "参考所在企业意见" });
    await putDecision(db, { ...tierOverride, value: "良好", reason: "企业复议" });
    await putDecision(db, {
      ...tierOverride,
      kind: "selection",
      value: "入选",
      reason: "并列第 200 名，按考勤取舍",
    });
    const list = await listDecisions(db, "c1");
    expect(list.map((d) => [d.kind, d.value]).sort()).toEqual([
      ["selection", "入选"],
      ["tier", "良好"],
    ]);
  });

  it("can be withdrawn", async () => {
    const d = await putDecision(db, { ...tierOverride, reason: "参考所在企业意见" });
    await removeDecision(db, d.id);
    expect(await listDecisions(db, "c1")).toEqual([]);
  });
});
