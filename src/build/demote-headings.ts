/**
 * Notices are written with `##` section headings, but on the program page the
 * notice sits under its own h2 (通知正文). This Sätteri mdast plugin (Astro's
 * Markdown processor) moves every Markdown heading one level down so the page
 * outline stays correct.
 */

/** The part of a Sätteri mdast heading this plugin reads. */
interface Heading {
  depth: number;
}

/** The part of Sätteri's visitor context this plugin uses: nodes are read-only, changes go through it. */
interface HeadingContext {
  setProperty(node: Heading, key: "depth", value: number): void;
}

/** Sätteri mdast plugin: h1–h5 become h2–h6; h6 stays h6. */
export const demoteHeadings = {
  name: "zhipei-demote-headings",
  heading(node: Heading, ctx: HeadingContext): void {
    ctx.setProperty(node, "depth", Math.min(node.depth + 1, 6));
  },
};
