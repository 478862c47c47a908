/** The cross-program course catalogue: every course with its program and module, program by program. */
import type { Course } from "./program-schema.ts";
import { sortNewestFirst, type ProgramEntry } from "./program-order.ts";
import { totalCourseHours, type HourTotals } from "./course-totals.ts";

/** One catalogue line. */
export interface CatalogueCourse extends Course {
  /** The module's title, where the program has modules. */
  moduleTitle: string | undefined;
}

/** One program's part of the catalogue; `courses` is empty for a plan that names none. */
export interface CatalogueSection {
  id: string;
  title: string;
  shortTitle: string;
  courses: CatalogueCourse[];
  totals: HourTotals;
}

/** Lists every program's courses, programs newest first, courses in the notice's order. */
export function listCatalogue(entries: readonly ProgramEntry[]): CatalogueSection[] {
  return sortNewestFirst(entries).map(({ id, data }) => {
    const moduleTitles = new Map(data.modules.map((m) => [m.id, m.title]));
    return {
      id,
      title: data.title,
      shortTitle: data.shortTitle,
      courses: data.courses.map((c) => ({
        ...c,
        moduleTitle: c.module === undefined ? undefined : moduleTitles.get(c.module),
      })),
      totals: totalCourseHours(data.courses),
    };
  });
}
