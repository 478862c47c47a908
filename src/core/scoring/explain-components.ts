/** The figures behind each component's points, and the note that explains them (a cap, a band, 未填). */
import type { MeasureNames } from "../rules/describe-rule.ts";
import type { Component } from "../rules/rule-schema.ts";
import { nameMeasure, NOT_ENTERED, printComparison, printFigure, readNumber } from "./describe-figures.ts";
import { formatFigure, formatPoints, toHundredths } from "./hundredths.ts";
import type { MeasureValue } from "./scoring-input.ts";

/** A trainee's value of a measure. */
export type ValueOf = (key: string) => MeasureValue;

/** What a component was computed from ("线上学时 30") and why it scored as it did ("超过 20，按 20 计"). */
export function describeComponentFigure(
  c: Component,
  valueOf: ValueOf,
  names: MeasureNames,
  missing: boolean,
): { figure: string; note: string | null } {
  switch (c.kind) {
    case "linear": {
      const v = readNumber(valueOf(c.measure));
      const figure = `${nameMeasure(names, c.measure, c.label)} ${printFigure(valueOf(c.measure))}`;
      if (missing) return { figure, note: "未录入，不计分，结果为缺考或未录入" };
      return {
        figure,
        note: v > c.full ? `超过 ${formatFigure(c.full)}，按 ${formatFigure(c.full)} 计` : null,
      };
    }
    case "proRata": {
      const done = valueOf(c.measure);
      const requiredKey = typeof c.required === "number" ? null : c.required.measure;
      const required = typeof c.required === "number" ? c.required : valueOf(c.required.measure);
      const figure = `${nameMeasure(names, c.measure, "完成")} ${printFigure(done)} / ${
        requiredKey === null ? "" : `${nameMeasure(names, requiredKey, "应完成")} `
      }${printFigure(required)}`;
      if (missing) return { figure, note: "完成量或应完成量未录入（或为 0），不计分，结果为缺考或未录入" };
      return { figure, note: readNumber(done) > readNumber(required) ? "已超额完成，按全部完成计" : null };
    }
    case "threshold": {
      const name = nameMeasure(names, c.measure, c.label);
      if (missing) return { figure: `${name} ${NOT_ENTERED}`, note: "未录入，不计分，结果为缺考或未录入" };
      return { figure: printComparison(name, valueOf(c.measure), c.op, c.threshold), note: null };
    }
    case "items":
      return describeItems(c, valueOf);
    case "bands": {
      const v = readNumber(valueOf(c.measure));
      const figure = `${nameMeasure(names, c.measure, c.label)} ${printFigure(valueOf(c.measure))}${v === v ? ` ${c.unit}` : ""}`;
      return { figure, note: v > 0 ? null : "为 0 或未填，不得分" };
    }
    case "bonus": {
      const v = readNumber(valueOf(c.measure));
      return {
        figure: `${nameMeasure(names, c.measure, c.label)} ${printFigure(valueOf(c.measure))}`,
        note: v > 0 ? null : "未获得认定或未填，不加分",
      };
    }
  }
}

function describeItems(
  c: Extract<Component, { kind: "items" }>,
  valueOf: ValueOf,
): { figure: string; note: string | null } {
  let sum = 0;
  const parts: string[] = [];
  for (const item of c.items) {
    const count = readNumber(valueOf(item.measure));
    if (!(count > 0)) continue;
    sum += toHundredths(item.pointsEach) * count;
    parts.push(`${item.label} ${formatFigure(count)} × ${formatFigure(item.pointsEach)} 分`);
  }
  if (parts.length === 0) return { figure: "无", note: "未填或为 0，不得分" };
  const cap = c.cap === undefined ? null : toHundredths(c.cap);
  const note =
    cap !== null && sum > cap
      ? `合计 ${formatPoints(Math.round(sum))} 分，超过上限 ${formatFigure(c.cap ?? 0)} 分，按上限计`
      : null;
  return { figure: parts.join("；"), note };
}
