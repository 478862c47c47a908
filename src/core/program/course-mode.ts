/** The Chinese words for how a course is taught. */
import type { Course } from "./program-schema.ts";

/** 线上 or 线下, as printed in tables. */
export function describeMode(mode: Course["mode"]): string {
  return mode === "online" ? "线上" : "线下";
}
