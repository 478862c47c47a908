import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { program } from "./core/program/program-schema.ts";

/** One entry per published program: notice body in Markdown, everything else validated frontmatter. */
const programs = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/programs" }),
  schema: program,
});

export const collections = { programs };
