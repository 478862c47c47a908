/** The order programs are listed in: newest notice first. */
import type { Program } from "./program-schema.ts";

/** A published program as the content collection yields it: the file stem and the frontmatter. */
export interface ProgramEntry {
  id: string;
  data: Program;
}

/** Sorts programs by issue date, newest first; same-day notices by title so builds are stable. */
export function sortNewestFirst<T extends ProgramEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.data.issueDate.localeCompare(a.data.issueDate) || a.data.title.localeCompare(b.data.title, "zh-CN"),
  );
}
