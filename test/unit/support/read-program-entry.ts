/** Reads a real content entry the way the content collection does: YAML frontmatter through the program schema. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { program, type Program } from "../../../src/core/program/program-schema.ts";

/** The validated frontmatter and the Markdown body of `content/programs/<slug>.md`. */
export function readProgramEntry(slug: string): { id: string; data: Program; body: string } {
  const text = readFileSync(new URL(`../../../content/programs/${slug}.md`, import.meta.url), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match?.[1] || match[2] === undefined) throw new Error(`${slug}.md has no frontmatter`);
  return { id: slug, data: program.parse(parse(match[1])), body: match[2] };
}
