import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPrograms } from "../helpers/load-programs.ts";

const programs = loadPrograms();
const seedsDir = new URL("../../../../shared/seeds/", import.meta.url);

/** Line breaks and spaces in the seeds come from PDF extraction, not from the authors: ignore them. */
const normalise = (text: string): string => text.replace(/\s+/g, "");

/** Every `original` string anywhere in a rule set, with the path that holds it. */
function collectOriginals(value: unknown, path: string): { path: string; original: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectOriginals(v, `${path}.${i}`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === "original" && typeof v === "string" ? [{ path, original: v }] : collectOriginals(v, `${path}.${key}`),
  );
}

describe.each([...programs])("%s", (_slug, { data, body }) => {
  const seed = normalise(readFileSync(new URL(data.seed, seedsDir), "utf8"));

  it("has a notice body with text under at least one heading", () => {
    expect(body.trim().length).toBeGreaterThan(200);
    expect(body).toMatch(/^### \S/m);
  });

  it("quotes every rule's original wording verbatim from its seed", () => {
    // "……" marks words left out between two quoted passages; each passage must be in the seed.
    const missing = collectOriginals(data.rules, "rules").flatMap(({ path, original }) =>
      original
        .split("……")
        .filter((passage) => !seed.includes(normalise(passage)))
        .map((passage) => `${path}: ${passage}`),
    );
    expect(missing).toEqual([]);
  });

  it("prints its issuer and 文号 as the seed does", () => {
    expect(seed).toContain(normalise(data.issuer));
    if (data.docNumber !== undefined) expect(seed).toContain(normalise(data.docNumber));
  });
});
