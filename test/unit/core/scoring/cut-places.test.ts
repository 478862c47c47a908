import { describe, expect, it } from "vitest";
import { cutPlaces, PENDING_PLACE, type CutContext } from "../../../../src/core/scoring/cut-places.ts";

/** Five trainees ranked 1, 2, 2, 2, 2 against 优秀 1 and 良好 2: the four level ones straddle two cuts. */
function context(choices: Map<number, string> = new Map()): CutContext {
  return {
    ids: ["a", "b", "c", "d", "e"],
    rank: Int32Array.from([1, 2, 2, 2, 2]),
    total: Int32Array.from([9000, 8000, 8000, 8000, 8000]),
    ties: [],
    choices,
    consulted: new Set(),
    problems: [],
  };
}
const places = [
  { label: "优秀", capacity: 1 },
  { label: "良好", capacity: 2 },
];

describe("cutPlaces", () => {
  it("reports a tie straddling two cuts with its seats in each place", () => {
    const ctx = context();
    const out = { place: new Uint8Array(5), tieOf: new Int32Array(5).fill(-1) };
    cutPlaces(ctx, out, Int32Array.from([0, 1, 2, 3, 4]), places, "合格", "tier", null);
    expect(Array.from(out.place)).toEqual([0, PENDING_PLACE, PENDING_PLACE, PENDING_PLACE, PENDING_PLACE]);
    expect(ctx.ties[0]?.seats).toEqual([
      { label: "良好", count: 2 },
      { label: "合格", count: 2 },
    ]);
  });

  it("settles the tie when every candidate is placed within the seats", () => {
    const ctx = context(
      new Map([
        [1, "良好"],
        [2, "合格"],
        [3, "良好"],
        [4, "合格"],
      ]),
    );
    const out = { place: new Uint8Array(5), tieOf: new Int32Array(5).fill(-1) };
    cutPlaces(ctx, out, Int32Array.from([0, 1, 2, 3, 4]), places, "合格", "tier", null);
    expect(Array.from(out.place)).toEqual([0, 1, 2, 1, 2]);
    expect(ctx.ties[0]?.decided).toBe(true);
  });

  it("keeps the tie open while someone in it is undecided", () => {
    const ctx = context(
      new Map([
        [1, "良好"],
        [2, "合格"],
      ]),
    );
    const out = { place: new Uint8Array(5), tieOf: new Int32Array(5).fill(-1) };
    cutPlaces(ctx, out, Int32Array.from([0, 1, 2, 3, 4]), places, "合格", "tier", null);
    expect(ctx.ties[0]?.decided).toBe(false);
    expect(ctx.problems).toEqual([]);
  });

  it("refuses a place the tie cannot take", () => {
    const ctx = context(
      new Map([
        [1, "优秀"],
        [2, "合格"],
        [3, "良好"],
        [4, "合格"],
      ]),
    );
    const out = { place: new Uint8Array(5), tieOf: new Int32Array(5).fill(-1) };
    cutPlaces(ctx, out, Int32Array.from([0, 1, 2, 3, 4]), places, "合格", "tier", null);
    expect(ctx.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "学员 b 的并列决定“优秀”不在可选范围内（良好、合格），未采用",
      ]
    `);
  });
});
