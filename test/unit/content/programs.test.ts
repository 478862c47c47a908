import { describe, expect, it } from "vitest";
import type { Component } from "../../../src/core/rules/rule-schema.ts";
import type { Program } from "../../../src/core/program/program-schema.ts";
import { loadPrograms } from "../helpers/load-programs.ts";

const programs = loadPrograms();

/** The validated frontmatter of one entry; fails the test when the entry is missing. */
function entry(slug: string): Program {
  const found = programs.get(slug);
  if (!found) throw new Error(`no content entry ${slug}`);
  return found.data;
}

const sumHours = (p: Program, mode: "online" | "offline"): number =>
  p.courses.filter((c) => c.mode === mode).reduce((s, c) => s + c.hours, 0);

const weights = (p: Program): number[] =>
  p.rules.components.map((c) => (c.kind === "linear" || c.kind === "threshold" ? c.weight : Number.NaN));

/** A component by id, narrowed to its kind so a test can read its parameters. */
function componentOf<K extends Component["kind"]>(p: Program, id: string, kind: K): Extract<Component, { kind: K }> {
  const c = p.rules.components.find((x) => x.id === id);
  if (c?.kind !== kind) throw new Error(`no ${kind} component ${id}`);
  return c as Extract<Component, { kind: K }>;
}

const templateOf = (p: Program, id: string) => {
  const t = p.templates.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

describe("content/programs", () => {
  it("holds one valid entry for each of the five seed programs", () => {
    expect([...programs.keys()]).toEqual([
      "dj-practical-talent-2024",
      "gd-ipo-2021",
      "hb-bxwq-2023",
      "hb-specialist-2022",
      "jy-talent-plan-2022",
    ]);
  });

  it("gives each program its own seed document", () => {
    expect(new Set([...programs.values()].map((p) => p.data.seed)).size).toBe(5);
  });
});

describe("gd-ipo-2021", () => {
  const p = entry("gd-ipo-2021");

  it("schedules 8 sessions with the seed's capacities, '/' for the online and closing ones", () => {
    expect(p.sessions.map((s) => s.capacity)).toEqual([null, 100, 200, 200, 100, 200, 200, null]);
  });

  it("teaches 17 online courses in 6 modules totalling 34 class hours", () => {
    expect(p.modules).toHaveLength(6);
    expect(p.courses.filter((c) => c.mode === "online")).toHaveLength(17);
    expect(sumHours(p, "online")).toBe(34);
  });

  it("weights online, offline and exam 35/35/30 out of 100", () => {
    expect(weights(p)).toEqual([35, 35, 30]);
    expect(p.rules.maxTotal).toBe(100);
  });

  it("passes only a total strictly above 75", () => {
    expect(p.rules.passMark).toMatchObject({ op: ">", mark: 75 });
  });
});

describe("hb-specialist-2022", () => {
  const p = entry("hb-specialist-2022");

  it("places its 17 regions in three clusters of 9, 4 and 4", () => {
    const sizes = new Map<string | undefined, number>();
    for (const r of p.regions) sizes.set(r.cluster, (sizes.get(r.cluster) ?? 0) + 1);
    expect(p.regions).toHaveLength(17);
    expect(Object.fromEntries(sizes)).toEqual({ "武汉“1+8”城市圈": 9, 襄十随神城市群: 4, 宜荆荆恩城市群: 4 });
  });

  it("selects 200 trainees per cluster", () => {
    expect(p.rules.selection).toMatchObject({ groupBy: "cluster", quota: 200 });
  });

  it("offers one offline session of 200 places per cluster after the online one", () => {
    expect(p.sessions.map((s) => s.capacity)).toEqual([null, 200, 200, 200]);
  });

  it("weights questionnaire, online hours and quiz 30/40/30, full hours at 20", () => {
    expect(weights(p)).toEqual([30, 40, 30]);
    expect(componentOf(p, "hours", "linear").full).toBe(20);
  });

  it("reads the 5-day online plan as 20 class hours, 2 per half-day", () => {
    const online = p.courses.filter((c) => c.mode === "online");
    expect(sumHours(p, "online")).toBe(20);
    expect(new Set(online.map((c) => `${c.day}${c.halfDay}`)).size).toBe(10);
  });

  it("lets a registration choose exactly the three clusters", () => {
    const cluster = templateOf(p, "registration").fields.find((f) => f.key === "cluster");
    expect(cluster?.choices).toEqual([...new Set(p.regions.map((r) => r.cluster))]);
  });

  it("certifies on offline exam, practical work and report, with no make-up", () => {
    expect(p.rules.attempts?.parts.map((x) => x.measure)).toEqual(["offlineExam", "practical", "learningReport"]);
    expect(p.rules.attempts?.makeUps).toBe(0);
    expect(p.rules.certificate?.when).toBe("certified");
  });
});

describe("hb-bxwq-2023", () => {
  const p = entry("hb-bxwq-2023");

  it("lists the lead's lecture plus 14 elective courses of 1.5 h, 22.5 h in all", () => {
    expect(p.courses.filter((c) => c.module === "lead")).toHaveLength(1);
    expect(p.courses.filter((c) => c.module === "elective")).toHaveLength(14);
    expect(p.courses.every((c) => c.hours === 1.5)).toBe(true);
    expect(sumHours(p, "offline") + sumHours(p, "online")).toBe(22.5);
  });

  it("attaches 7 public services and 6 liaison rows", () => {
    const rows = Object.fromEntries(p.attachments.map((a) => [a.id, a.rows.length]));
    expect(rows).toMatchObject({ "public-services": 7, liaison: 6 });
  });

  it("keeps the statistics sheet's exact 8 columns in the seed's order", () => {
    expect(templateOf(p, "training-stats").fields.map((f) => f.label)).toEqual([
      "序号",
      "培训班名称",
      "培训内容",
      "培训对象",
      "人数",
      "时间",
      "地点",
      "主办单位",
    ]);
  });

  it("aims at 17 市州, 103 县(市)区 and 10,000 enterprises", () => {
    expect(p.rules.targets.map((t) => [t.counts, t.value])).toEqual([
      ["regions", 17],
      ["counties", 103],
      ["enterprises", 10000],
    ]);
  });

  it("certifies on exam and practical with one make-up each", () => {
    expect(p.rules.attempts?.makeUps).toBe(1);
    expect(p.rules.attempts?.parts.map((x) => [x.measure, x.makeUpMeasure])).toEqual([
      ["exam", "makeUpExam"],
      ["practical", "makeUpPractical"],
    ]);
  });
});

describe("jy-talent-plan-2022", () => {
  const p = entry("jy-talent-plan-2022");

  it("targets 2,000 person-times by 2025, by year and category", () => {
    expect(p.rules.targets).toMatchObject([{ counts: "personTimes", value: 2000, unit: "人次", by: 2025 }]);
    expect(p.rules.targets[0]?.breakdown).toEqual(["year", "category"]);
  });

  it("records the six talent categories and three tiers", () => {
    const fields = templateOf(p, "participations").fields;
    expect(fields.find((f) => f.key === "category")?.choices).toEqual(["管理", "保护", "运用", "服务", "国际化", "研究"]);
    expect(fields.find((f) => f.key === "level")?.choices).toEqual(["高层次", "领军", "后备"]);
  });

  it("leaves every indicator weight for staff to set, with no pass mark", () => {
    expect(p.rules.staffSet.map((s) => s.path)).toEqual(
      p.rules.components.map((_, i) => `components.${i}.weight`),
    );
    expect(p.rules.passMark).toBeUndefined();
  });
});

describe("dj-practical-talent-2024", () => {
  const p = entry("dj-practical-talent-2024");

  it("gives 60 points for training, pro rata to each trainee's required hours", () => {
    expect(componentOf(p, "training", "proRata")).toMatchObject({
      weight: 60,
      required: { measure: "trainingRequired" },
    });
  });

  it("scores the achievement items and caps of the plan", () => {
    const items = p.rules.components.flatMap((c) =>
      c.kind === "items" ? [[c.id, c.cap ?? null, c.items.map((i) => i.pointsEach)]] : [],
    );
    expect(items).toEqual([
      ["registrations", null, [2, 5, 2, 3, 5]],
      ["patentProducts", 10, [2, 3]],
      ["openLicences", 6, [3]],
      ["advantageEnterprises", null, [2, 3, 5, 2, 2]],
      ["otherProjects", 10, [2]],
      ["enforcement", 10, [5]],
    ]);
  });

  it("adds 2 points for each recognised advantage or demonstration application", () => {
    const bonuses = p.rules.components.flatMap((c) => (c.kind === "bonus" ? [c.points] : []));
    expect(bonuses).toEqual([2, 2, 2]);
  });

  it("gives 3 points for pledge financing below 10,000,000 元 and 5 from there", () => {
    expect(componentOf(p, "pledge", "bands").bands).toEqual([{ below: 10_000_000, points: 3 }, { points: 5 }]);
  });

  it("fails below 60 and caps 优秀 at 10 % and 良好 at 30 % of everyone assessed, rounded down", () => {
    expect(p.rules.tiering).toMatchObject({
      failBelow: 60,
      base: "assessed",
      rounding: "floor",
      shares: [
        { tier: "优秀", share: 0.1 },
        { tier: "良好", share: 0.3 },
      ],
    });
  });

  it("targets at least 100 pool members by 2026, by enterprise kind and year", () => {
    expect(p.rules.targets).toMatchObject([{ counts: "poolMembers", value: 100, by: 2026 }]);
    expect(p.rules.targets[0]?.breakdown).toEqual(["orgKind", "year"]);
  });
});
