import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { program, type Program } from "../../../src/core/program/program-schema.ts";

/** The folder of program entries, resolved from this file so tests run from any working directory. */
export const programsDir = new URL("../../../content/programs/", import.meta.url);

/** One content entry: validated frontmatter and the Markdown notice below it. */
export interface ProgramEntry {
  data: Program;
  body: string;
}

const frontmatterRe = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Reads, parses and validates one entry; throws with the file name and field path on any error. */
export function loadProgram(fileName: string): ProgramEntry {
  const text = readFileSync(new URL(fileName, programsDir), "utf8");
  const match = frontmatterRe.exec(text);
  if (!match) throw new Error(`${fileName}: no YAML frontmatter between --- lines`);
  const result = program.safeParse(parse(match[1] ?? ""));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${fileName}: ${issues}`);
  }
  return { data: result.data, body: match[2] ?? "" };
}

/** Every `content/programs/*.md`, validated with the program schema, keyed by slug (the file name stem). */
export function loadPrograms(): Map<string, ProgramEntry> {
  const entries = new Map<string, ProgramEntry>();
  const fileNames = readdirSync(programsDir).filter((f) => f.endsWith(".md"));
  for (const fileName of fileNames.sort())
    entries.set(fileName.slice(0, -".md".length), loadProgram(fileName));
  return entries;
}
