/**
 * Class-hour totals for the course table: the whole program, each mode and
 * each module, so the page prints sums it did not compute itself.
 */
import type { Course, Program } from "./program-schema.ts";

/** Total class hours, overall and per mode. */
export interface HourTotals {
  all: number;
  online: number;
  offline: number;
}

/** Courses of one module (or of no module, `module` undefined) with their hour sum. */
export interface ModuleGroup {
  module: Program["modules"][number] | undefined;
  courses: Course[];
  hours: number;
}

/** Sums class hours overall and per mode. */
export function totalCourseHours(courses: readonly Course[]): HourTotals {
  const online = sumHours(courses.filter((c) => c.mode === "online"));
  const offline = sumHours(courses.filter((c) => c.mode === "offline"));
  return { all: roundHours(online + offline), online, offline };
}

/** Groups courses by module in the modules' order; courses without a module come last. */
export function groupCoursesByModule(modules: Program["modules"], courses: readonly Course[]): ModuleGroup[] {
  const groups: ModuleGroup[] = modules.map((m) => {
    const own = courses.filter((c) => c.module === m.id);
    return { module: m, courses: own, hours: sumHours(own) };
  });
  const loose = courses.filter((c) => c.module === undefined);
  if (loose.length > 0) groups.push({ module: undefined, courses: loose, hours: sumHours(loose) });
  return groups.filter((g) => g.courses.length > 0);
}

function sumHours(courses: readonly Course[]): number {
  return roundHours(courses.reduce((s, c) => s + c.hours, 0));
}

// Half hours and tenths add up with binary noise (0.1 + 0.2); hours are never finer than 1/100.
function roundHours(h: number): number {
  return Math.round(h * 100) / 100;
}
