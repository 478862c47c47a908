/**
 * Demo cohorts: loaded like an import of the program's own sheets, and in a
 * 200-trainee cohort every outcome, tier, gate failure, 未录入 figure,
 * make-up, capped item group and a tie at a cut is there to be seen.
 */
import { describe, expect, it } from "vitest";
import { makeDemoCohort } from "../../../../src/core/demo/make-demo-cohort.ts";
import { partState } from "../../../../src/core/scoring/check-attempts.ts";
import { gateState } from "../../../../src/core/scoring/check-gates.ts";
import { labelOutcome, outcome } from "../../../../src/core/scoring/outcome.ts";
import { summarizeCohort } from "../../../../src/core/scoring/summarize-cohort.ts";
import { batchOf, columnOf, programOf, scoreDemo, slugs } from "./demo-builders.ts";

/** The outcomes each program's rules can give. */
const outcomesOf: Record<string, string[]> = {
  "gd-ipo-2021": ["通过", "未通过", "缺考或未录入"],
  "hb-specialist-2022": ["入选", "未入选", "待定（并列）", "不符合条件", "缺考或未录入"],
  "hb-bxwq-2023": ["通过", "未通过", "待补考", "缺考或未录入"],
  "jy-talent-plan-2022": ["已评分", "缺考或未录入"],
  "dj-practical-talent-2024": ["通过", "未通过", "缺考或未录入"],
};

describe("a 200-trainee demo", () => {
  it.each(slugs)("of %s gives every outcome its rules can give", (slug) => {
    const { scores } = scoreDemo(slug);
    const seen = new Set(Array.from(scores.outcome, labelOutcome));
    expect([...seen].sort()).toEqual([...(outcomesOf[slug] ?? [])].sort());
  });

  it.each(slugs)("of %s holds 200 trainees, each matched across its sheets without a conflict", (slug) => {
    const { matched } = scoreDemo(slug);
    expect(matched.keys).toHaveLength(200);
    expect(matched.conflicts).toEqual([]);
    expect(matched.unnamed).toEqual([]);
  });

  it("of dj-practical-talent-2024 gives every tier and a tie at a tier cut", () => {
    const { scores } = scoreDemo("dj-practical-talent-2024");
    const tiers = summarizeCohort(scores).computed.tiers;
    expect(Object.keys(tiers)).toEqual(["优秀", "良好", "合格", "不合格", "待定（并列）"]);
    expect(Object.values(tiers).every((count) => count > 0)).toBe(true);
    expect(scores.ties.some((t) => t.cut === "tier")).toBe(true);
  });

  it("of hb-specialist-2022 starts with a quota its 城市圈 can exceed, and has a tie at the quota", () => {
    const { demo, scores } = scoreDemo("hb-specialist-2022");
    expect(demo.ruleOverrides).toMatchInlineSnapshot(`
      {
        "selection.quota": 33,
      }
    `);
    expect(scores.ties.some((t) => t.cut === "selection")).toBe(true);
  });

  it.each(slugs)("of %s fails each gate of its rules at least once", (slug) => {
    const { scores } = scoreDemo(slug);
    expect(scores.gates.map((states) => states.includes(gateState.failed))).toEqual(
      scores.rules.gates.map(() => true),
    );
  });

  it("of hb-bxwq-2023 has make-ups passed, failed again and still to come", () => {
    const { scores } = scoreDemo("hb-bxwq-2023");
    const states = new Set(scores.parts.flatMap((p) => Array.from(p)));
    expect(states).toEqual(
      new Set([
        partState.passedFirst,
        partState.passedMakeUp,
        partState.pendingMakeUp,
        partState.failedFinal,
        partState.missing,
      ]),
    );
  });

  it("of hb-specialist-2022 gives offline results only to those selected", () => {
    const { scores, matched } = scoreDemo("hb-specialist-2022");
    const exam = matched.columns[matched.fields.indexOf("offlineExam")] ?? [];
    for (let t = 0; t < exam.length; t++)
      if (scores.outcome[t] !== outcome.selected) expect(exam[t], `trainee ${t}`).toBeNull();
    expect(scores.certified.includes(1)).toBe(true);
    expect(scores.parts.some((p) => p.includes(partState.failedFinal))).toBe(true);
  });

  it("of dj-practical-talent-2024 has item groups past their caps, capped", () => {
    const { scores } = scoreDemo("dj-practical-talent-2024");
    const capped = scores.rules.components.flatMap((c, k) =>
      c.kind === "items" && c.cap !== undefined ? [k] : [],
    );
    for (const k of capped) {
      const component = scores.rules.components[k];
      if (component?.kind !== "items" || component.cap === undefined) continue;
      const { cap, items } = component;
      const beyond = Array.from(scores.table.ids, (_, i) =>
        items.reduce((sum, item) => {
          const count = scores.table.measures[item.measure]?.[i];
          return sum + (typeof count === "number" ? count * item.pointsEach : 0);
        }, 0),
      ).findIndex((raw) => raw > cap);
      expect(beyond, component.label).toBeGreaterThanOrEqual(0);
      expect(scores.components[k]?.points[beyond]).toBe(cap * 100);
    }
  });

  it("of jy-talent-plan-2022 counts person-times over 2021–2025 in all six categories", () => {
    const [personTimes] = scoreDemo("jy-talent-plan-2022").progress;
    expect(personTimes).toMatchObject({ value: 1400, target: 2000 });
    expect(personTimes?.breakdowns.map((b) => b.rows.map((r) => r.key))).toEqual([
      ["2021", "2022", "2023", "2024", "2025"],
      ["保护", "国际化", "服务", "研究", "管理", "运用"],
    ]);
  });

  it("of hb-bxwq-2023 holds training classes over Hubei's 市州 and counties, short of the targets", () => {
    const progress = scoreDemo("hb-bxwq-2023").progress;
    const [regions, counties, enterprises] = progress.map((p) => `${p.label} ${p.value}/${p.target}`);
    expect({ regions, counties, enterprises }).toMatchInlineSnapshot(`
      {
        "counties": "覆盖县（市）区 91/103",
        "enterprises": "惠及企业（万家以上） 6584/10000",
        "regions": "覆盖市州 16/17",
      }
    `);
    expect(progress.every((p) => p.value > 0.5 * p.target && p.value <= p.target)).toBe(true);
  });
});

describe("demo cohorts", () => {
  it("are the same for the same seed", () => {
    const program = programOf("gd-ipo-2021");
    expect(makeDemoCohort(program, { size: 50, seed: 7 })).toEqual(
      makeDemoCohort(program, { size: 50, seed: 7 }),
    );
  });

  it("differ between seeds", () => {
    const program = programOf("gd-ipo-2021");
    const names = (seed: number) =>
      columnOf(batchOf(makeDemoCohort(program, { size: 50, seed }), "trainees"), "name");
    expect(names(7)).not.toEqual(names(8));
  });

  it.each([1, 2, 3, 4, 5])("give every outcome with seed %i as well", (seed) => {
    for (const slug of slugs) {
      const seen = new Set(Array.from(scoreDemo(slug, seed).scores.outcome, labelOutcome));
      expect(seen.size, slug).toBe(outcomesOf[slug]?.length);
    }
  });

  it("name the year the assessment was for", () => {
    const demo = makeDemoCohort(programOf("dj-practical-talent-2024"), { size: 20, seed: 1, year: 2025 });
    expect(demo.year).toBe(2025);
    expect(new Set(columnOf(batchOf(demo, "trainees"), "year"))).toEqual(new Set([2025]));
  });
});
