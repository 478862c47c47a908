/**
 * What the workspace island is given about each program at build time: only
 * what it needs (names, the sheets it reads and its rules), not the notice,
 * courses or contacts, so the page's props stay small.
 */
import type { DemoProgram } from "../core/demo/demo-program.ts";
import type { Program } from "../core/program/program-schema.ts";
import type { RuleSet } from "../core/rules/rule-schema.ts";
import type { TemplateFields } from "../import/sheet-layout.ts";

/** A sheet kind the program reads, with the title staff know it by. */
export interface WorkspaceTemplate extends TemplateFields {
  title: string;
}

/** One program as the workspace sees it. */
export interface WorkspaceProgram {
  slug: string;
  title: string;
  shortTitle: string;
  /** The year the program's period starts: the default year of a new cohort. */
  startYear: number;
  templates: WorkspaceTemplate[];
  rules: RuleSet;
  /** What a demo cohort is drawn from besides the fields above (see toDemoProgram). */
  demo: Pick<DemoProgram, "issuer" | "period" | "regions" | "courses">;
}

/** Picks the workspace's part of a program entry. */
export function toWorkspaceProgram(slug: string, data: Program): WorkspaceProgram {
  return {
    slug,
    title: data.title,
    shortTitle: data.shortTitle,
    startYear: Number(data.period.start.slice(0, 4)),
    templates: data.templates.map((t) => ({
      id: t.id,
      title: t.title,
      recordKind: t.recordKind,
      fields: t.fields,
    })),
    rules: data.rules,
    demo: { issuer: data.issuer, period: data.period, regions: data.regions, courses: data.courses },
  };
}

/** The program as makeDemoCohort reads it, put back together in the browser. */
export function toDemoProgram(program: WorkspaceProgram): DemoProgram {
  return { ...program.demo, title: program.title, templates: program.templates, rules: program.rules };
}
