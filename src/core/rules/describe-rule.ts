/**
 * Plain Chinese sentences for the assessment rules, printed on the program
 * page next to the seed's own wording, so a reader can check our reading of
 * the notice against the notice itself.
 */
import type { Comparison, Component, Gate, RuleSet, Target } from "./rule-schema.ts";
import type { SheetTemplate } from "../fields/field-schema.ts";

/** How a sentence names a measure: its template header, a unit where one is known, and the field's maximum. */
export interface MeasureName {
  label: string;
  unit: string;
  max: number | undefined;
}

/** Measure key → its name. */
export type MeasureNames = ReadonlyMap<string, MeasureName>;

/** One row of the rules table. */
export interface RuleLine {
  /** What the rule is about (考核项, 必要条件…), for the 项目 column. */
  topic: string;
  label: string;
  /** Our reading, one plain sentence or two. */
  sentence: string;
  /** The seed's wording; absent where the seed says nothing and the reading is ours. */
  original: string | undefined;
}

/** Names each measure by its template header; units come from the gates and bands that mention it. */
export function collectMeasureNames(
  rules: RuleSet,
  templates: readonly Pick<SheetTemplate, "fields">[],
): MeasureNames {
  const units = new Map<string, string>();
  for (const g of rules.gates) if (g.unit !== undefined) units.set(g.measure, g.unit);
  for (const c of rules.components) if (c.kind === "bands") units.set(c.measure, c.unit);
  const names = new Map<string, MeasureName>();
  for (const f of templates.flatMap((t) => t.fields))
    if (!names.has(f.key)) names.set(f.key, { label: f.label, unit: units.get(f.key) ?? "", max: f.max });
  for (const [key, unit] of units) if (!names.has(key)) names.set(key, { label: key, unit, max: undefined });
  return names;
}

/** Every rule of the set except targets, in the order a trainee meets them, one line each. */
export function describeRules(rules: RuleSet, names: MeasureNames): RuleLine[] {
  const name = (key: string, fallback: string): MeasureName =>
    names.get(key) ?? { label: fallback, unit: "", max: undefined };
  const lines: RuleLine[] = [];
  const add = (topic: string, rule: { label: string; original: string }, sentence: string) =>
    lines.push({ topic, label: rule.label, sentence, original: rule.original });

  for (const c of rules.components) add("考核项", c, describeComponent(c, name));
  if (rules.components.length > 1)
    lines.push({
      topic: "总分",
      label: "各项合计",
      sentence: `以上 ${rules.components.length} 项得分相加为总分${
        rules.maxTotal === undefined ? "" : `，满分 ${rules.maxTotal} 分`
      }，保留 ${rules.decimals} 位小数。`,
      original: undefined,
    });
  for (const g of rules.gates) add("必要条件", g, describeGate(g, name(g.measure, g.label)));
  const { passMark, selection, tiering, attempts } = rules;
  if (passMark !== undefined) {
    const mark = `总分${compare(passMark.op, passMark.mark, "分")}（${passMark.mark} 分${
      passMark.op === ">=" || passMark.op === "<=" ? "算" : "不算"
    }通过）`;
    add(
      "通过标准",
      passMark,
      rules.gates.length > 0 ? `满足全部必要条件，且${mark}，即通过考核。` : `${mark}，即通过考核。`,
    );
  }
  if (selection !== undefined) {
    const scope = { cluster: "每个城市圈（群）各取", region: "每个市州各取", none: "取" }[selection.groupBy];
    add(
      "遴选名额",
      selection,
      `按总分从高到低排名，${scope}前 ${selection.quota} 名；名额边界上同分的人不自动取舍，交由工作人员决定。`,
    );
  }
  if (tiering !== undefined) add("等次评定", tiering, describeTiering(tiering));
  if (attempts !== undefined) add("认证与补考", attempts, describeAttempts(attempts));
  if (selection !== undefined || tiering !== undefined)
    lines.push({
      topic: "同分排序",
      label: "名次",
      sentence: describeRanking(rules, name),
      original: undefined,
    });
  if (rules.certificate !== undefined)
    add("证书", rules.certificate, `${describeWho(rules.certificate.when)}获颁${rules.certificate.label}。`);
  if (rules.talentPool !== undefined)
    add("人才库", rules.talentPool, `${describeWho(rules.talentPool.when)}纳入${rules.talentPool.label}。`);
  if (rules.admission !== undefined)
    add("线下录取与收费", rules.admission, describeAdmission(rules.admission, name));
  for (const s of rules.staffSet)
    lines.push({
      topic: "工作人员设定",
      label: describeStaffPath(s.path, rules),
      sentence: `原文未给出此项，由工作人员为每期学员自行设定。说明：${s.note}${/[。！？]$/.test(s.note) ? "" : "。"}`,
      original: undefined,
    });
  return lines;
}

/** A target as one sentence: what is counted, how many, by when, and how progress is broken down. */
export function describeTarget(target: Target): string {
  const what = {
    personTimes: "培训人次",
    poolMembers: "人才库人数",
    regions: "覆盖市州",
    counties: "覆盖县（市、区）",
    enterprises: "覆盖企业",
    trainees: "培训人数",
  }[target.counts];
  const by = target.by === undefined ? "" : `到 ${target.by} 年，`;
  const breakdown =
    target.breakdown.length === 0
      ? ""
      : `，进度按${target.breakdown
          .map((b) => ({ year: "年度", category: "人才类别", region: "地区", orgKind: "企业类型" })[b])
          .join("、")}分别统计`;
  return `${by}${what}${target.bound === "about" ? "约" : "不少于"} ${formatAmount(target.value, target.unit)}${breakdown}。`;
}

type NameOf = (key: string, fallback: string) => MeasureName;

function describeComponent(c: Component, name: NameOf): string {
  switch (c.kind) {
    case "linear": {
      const m = name(c.measure, c.label);
      return describeScaled(c.weight, m, c.full);
    }
    case "threshold": {
      const m = name(c.measure, c.label);
      return `${m.label}${spaced(compare(c.op, c.threshold, m.unit))}得 ${c.weight} 分，否则不得分。`;
    }
    case "proRata": {
      const m = name(c.measure, c.label);
      if (typeof c.required === "number") return describeScaled(c.weight, m, c.required);
      const required = name(c.required.measure, "应完成量").label;
      return `按完成比例计分，满分 ${c.weight} 分：${c.weight} × ${m.label} ÷ ${required}，完成${required}即得满分，超出不再加分。`;
    }
    case "items": {
      const each = c.items.map((i) => `${i.label}每项 ${i.pointsEach} 分`).join("，");
      return `${each}；${c.cap === undefined ? "本项不设上限" : `本项合计最高 ${c.cap} 分`}。`;
    }
    case "bands":
      return describeBands(c, name(c.measure, c.label));
    case "bonus":
      return `${describeYes(name(c.measure, c.label).label)}，加 ${c.points} 分。`;
  }
}

function describeScaled(weight: number, m: MeasureName, full: number): string {
  // An exam out of 100 with full marks at 100 cannot exceed them; saying so would only confuse.
  const capped = m.max !== undefined && m.max <= full ? "" : "，超出不再加分";
  return `按${m.label}折算，满分 ${weight} 分：${m.label}达到 ${spaced(formatAmount(full, m.unit))}得满分，不足按比例计（${weight} × ${m.label} ÷ ${full}）${capped}。`;
}

function describeBands(c: Extract<Component, { kind: "bands" }>, m: MeasureName): string {
  const parts: string[] = [];
  let floor: number | undefined;
  for (const b of c.bands) {
    const range =
      b.below === undefined
        ? `${formatAmount(floor ?? 0, c.unit)}及以上`
        : floor === undefined
          ? `低于 ${formatAmount(b.below, c.unit)}`
          : `${formatAmount(floor, c.unit)}至低于 ${formatAmount(b.below, c.unit)}`;
    parts.push(`${range}得 ${b.points} 分`);
    if (b.below === undefined) break;
    floor = b.below;
  }
  // A last band with a bound still catches everything above it (the engine falls back to it).
  const last = c.bands.at(-1);
  if (last?.below !== undefined) parts.push(`${formatAmount(last.below, c.unit)}及以上得 ${last.points} 分`);
  return `按${m.label}计分：${parts.join("，")}；为 0 或未填不得分。`;
}

function describeGate(g: Gate, m: MeasureName): string {
  if (g.op === "present") return `无论总分多少，“${m.label}”一栏都须为“是”或已填写。`;
  return `无论总分多少，${m.label}都须${compare(g.op, g.value ?? 0, g.unit ?? m.unit)}。`;
}

function describeTiering(t: NonNullable<RuleSet["tiering"]>): string {
  const base = t.base === "assessed" ? "当年参加考核总人数" : `未评为“${t.failTier}”的人数`;
  const rounding = { floor: "向下取整", round: "四舍五入", ceil: "向上取整" }[t.rounding];
  const shares = t.shares.map((s) => `“${s.tier}” ${formatPercent(s.share)}`).join("、");
  // A worked example makes the rounding visible: 25 × 10 % = 2.5 gives 2 places, not 3.
  const round = { floor: Math.floor, round: Math.round, ceil: Math.ceil }[t.rounding];
  const example = t.shares.map((s) => `“${s.tier}” ${round(25 * s.share + 1e-9)} 名`).join("、");
  const override = t.overridable ? "工作人员可写明理由后调整个人等次。" : "";
  return `总分低于 ${t.failBelow} 分为“${t.failTier}”。按${base}计名额（${rounding}）：${shares}，从达到 ${t.failBelow} 分的人中按总分名次依次评定，其余为“${t.restTier}”；例如${base}为 25 人时，${example}。${override}`;
}

function describeAttempts(a: NonNullable<RuleSet["attempts"]>): string {
  const parts = a.parts.every((p) => p.op === "present")
    ? `${a.parts.map((p) => p.label).join("、")}${a.parts.length > 1 ? "均" : ""}通过`
    : joinAnd(
        a.parts.map((p) =>
          p.op === "present"
            ? `${p.label}通过`
            : `${p.label.endsWith("成绩") ? p.label : `${p.label}成绩`}${spaced(compare(p.op, p.value ?? 0, "分"))}`,
        ),
      );
  if (a.makeUps === 0) return `${parts}方可认证；不设补考。`;
  const use = a.use === "best" ? "两次取较好的一次" : "以补考成绩为准";
  return `${parts}方可认证；首次未通过的可补考 ${a.makeUps} 次（${use}），补考仍未通过的不予认证。`;
}

function describeRanking(rules: RuleSet, name: NameOf): string {
  const keys = rules.ranking.tieBreak.map(
    (t) => `${name(t.measure, t.measure).label}（${t.order === "desc" ? "高者在前" : "低者在前"}）`,
  );
  if (keys.length === 0) return "总分相同的人名次并列。";
  return `总分相同时依次比较${keys.join("、")}；仍相同的名次并列。`;
}

function describeWho(when: NonNullable<RuleSet["certificate"]>["when"]): string {
  if (typeof when === "object") return `等次为“${when.tierAtLeast}”及以上的学员`;
  return { pass: "通过考核的学员", selected: "入选的学员", certified: "通过认证的学员" }[when];
}

function describeAdmission(a: NonNullable<RuleSet["admission"]>, name: NameOf): string {
  const priority = a.priority.map((p, i) => `${i + 1}. ${p.label}`).join("；");
  const order =
    a.priority.length === 0
      ? `按${name(a.thenBy, a.thenBy).label}先后录取`
      : `依次优先录取：${priority}；其余按${name(a.thenBy, a.thenBy).label}先后录取`;
  const charged = describeYes(name(a.fee.chargedWhen, a.fee.chargedWhen).label);
  const waived =
    a.fee.waivedWhen === undefined
      ? ""
      : `，其中${describeYes(name(a.fee.waivedWhen, a.fee.waivedWhen).label)}免缴`;
  const fee = `${charged}学员缴纳培训费 ${formatAmount(a.fee.amount, a.fee.unit)}${waived}`;
  return `线下培训每期按名额录取，${order}。${fee}。`;
}

/** Names a staff-set path such as `components.0.weight` or `components.exam.weight` by the component's label. */
function describeStaffPath(path: string, rules: RuleSet): string {
  const [head, key, field] = path.split(".");
  if (head !== "components" || key === undefined) return "工作人员设定的参数";
  const component = /^\d+$/.test(key)
    ? rules.components[Number(key)]
    : rules.components.find((c) => c.id === key);
  if (component === undefined) return "工作人员设定的参数";
  return field === "weight" ? `${component.label}的权重` : `${component.label}的参数`;
}

/** A、B 且 C. */
function joinAnd(phrases: string[]): string {
  return phrases.length < 2
    ? phrases.join("")
    : `${phrases.slice(0, -1).join("、")}且${phrases.at(-1) ?? ""}`;
}

/** "是否省外" reads 省外的; any other yes/no header is quoted. */
function describeYes(label: string): string {
  return label.startsWith("是否") ? `${label.slice(2)}的` : `“${label}”为“是”的`;
}

function compare(op: Comparison, value: number, unit: string): string {
  const v = formatAmount(value, unit);
  switch (op) {
    case ">":
      return `超过 ${v}`;
    case ">=":
      return `达到 ${spaced(v)}或以上`;
    case "<":
      return `低于 ${v}`;
    case "<=":
      return `不超过 ${v}`;
  }
}

/** 10000000 元 reads 1000 万元, as Chinese notices write it; small figures stay as they are. */
function formatAmount(value: number, unit: string): string {
  if (value >= 10_000 && value % 10_000 === 0) return `${value / 10_000} 万${unit}`;
  return unit === "" ? String(value) : `${value} ${unit}`;
}

/** Puts the space Chinese typesetting wants between a bare figure and the characters after it. */
function spaced(text: string): string {
  return /\d$/.test(text) ? `${text} ` : text;
}

function formatPercent(share: number): string {
  return `${Math.round(share * 10_000) / 100}%`;
}
