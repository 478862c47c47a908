/**
 * Reads program entries the way the content collection does: the YAML
 * frontmatter of `content/programs/<slug>.md` through the program schema.
 * The one reader for Node: the command line, the benches and the tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { program, type Program } from "../src/core/program/program-schema.ts";

/** The folder of program entries, resolved from this file so callers run from any working directory. */
export const programsDir = new URL("../content/programs/", import.meta.url);

/** One content entry: validated frontmatter and the Markdown notice below it. */
export interface ProgramEntry {
  /** The slug: the file name without `.md`. */
  id: string;
  data: Program;
  body: string;
}

const frontmatterRe = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Every program's slug, sorted. */
export function listProgramSlugs(): string[] {
  return readdirSync(programsDir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -".md".length))
    .sort();
}

/** Reads, parses and validates one entry; throws with the file name and field path on any error. */
export function loadProgram(slug: string): ProgramEntry {
  const fileName = `${slug}.md`;
  const text = readFileSync(new URL(fileName, programsDir), "utf8");
  const match = frontmatterRe.exec(text);
  if (!match) throw new Error(`${fileName}: no YAML frontmatter between --- lines`);
  const result = program.safeParse(parse(match[1] ?? ""));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${fileName}: ${issues}`);
  }
  return { id: slug, data: result.data, body: match[2] ?? "" };
}

/** Every `content/programs/*.md`, validated, keyed by slug. */
export function loadPrograms(): Map<string, ProgramEntry> {
  return new Map(listProgramSlugs().map((slug) => [slug, loadProgram(slug)]));
}
