/** The part of a program entry a demo cohort is drawn from, so the workspace can ship just that to the browser. */
import type { SheetTemplate } from "../fields/field-schema.ts";
import type { Program } from "../program/program-schema.ts";

/** A sheet as a demo fills it: its id, the kind of record and the fields. */
export type DemoTemplate = Pick<SheetTemplate, "id" | "recordKind" | "fields">;

/** A program's title, issuer, period, places, courses, sheets and rules. */
export type DemoProgram = Pick<Program, "title" | "issuer" | "period" | "regions" | "courses" | "rules"> & {
  templates: DemoTemplate[];
};
