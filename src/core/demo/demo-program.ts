/** The part of a program entry a demo cohort is drawn from, so the workspace can ship just that to the browser. */
import type { Program } from "../program/program-schema.ts";

/** A program's title, issuer, period, places, courses, sheets and rules. */
export type DemoProgram = Pick<
  Program,
  "title" | "issuer" | "period" | "regions" | "courses" | "templates" | "rules"
>;
