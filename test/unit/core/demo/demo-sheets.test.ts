/**
 * A demo sheet holds what an import of the same sheet would: each value is
 * what the cell parsers make of its cell, required columns are filled, and
 * the personal data is synthetic beyond doubt.
 */
import { describe, expect, it } from "vitest";
import type { Cell } from "../../../../src/core/cells/cell.ts";
import { isValidIdNumber } from "../../../../src/core/cells/id-number.ts";
import { parseCell } from "../../../../src/core/cells/parse-cell.ts";
import { makeDemoCohort } from "../../../../src/core/demo/make-demo-cohort.ts";
import type { CellValue } from "../../../../src/core/records/record-batch.ts";
import { programOf, slugs } from "./demo-builders.ts";

/** The cell a person would type for a value: numbers as numbers, yes/no as 是/否, the rest as text. */
function cellOf(value: CellValue): Cell {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "text", value: value ? "是" : "否" };
  return { kind: "text", value };
}

/** Every cell of a program's demo sheets, with its field. */
function cellsOf(slug: string) {
  const program = programOf(slug);
  const demo = makeDemoCohort(program, { size: 200, seed: 1 });
  return demo.batches.flatMap(({ templateId, batch }) => {
    const template = program.templates.find((t) => t.id === templateId);
    if (template === undefined) throw new Error(`no template ${templateId}`);
    return template.fields.flatMap((field, f) =>
      (batch.columns[f] ?? []).map((value, r) => ({
        field,
        value,
        where: `${templateId} ${field.key} row ${r}`,
      })),
    );
  });
}

describe("demo sheets", () => {
  it.each(slugs)("of %s carry each value as the importer reads it from its cell", (slug) => {
    for (const { field, value, where } of cellsOf(slug)) {
      if (value === null) continue;
      expect(parseCell(field, cellOf(value)), where).toEqual({ ok: true, value });
    }
  });

  it.each(slugs)("of %s fill every required column", (slug) => {
    const empty = cellsOf(slug).filter(({ field, value }) => field.required && value === null);
    expect(empty.map((c) => c.where)).toEqual([]);
  });

  it.each(slugs)("of %s give only ID numbers that pass the GB 11643 check, born in 1900", (slug) => {
    const ids = cellsOf(slug).flatMap(({ field, value }) =>
      field.key === "idNumber" && typeof value === "string" ? [value] : [],
    );
    expect(ids.length).toBeGreaterThan(150);
    expect(ids.filter((id) => !isValidIdNumber(id) || id.slice(6, 10) !== "1900")).toEqual([]);
  });

  it.each(slugs)("of %s give only mobile phones in the 1380000xxxx block", (slug) => {
    const phones = cellsOf(slug).flatMap(({ field, value }) =>
      field.key === "phone" && value !== null ? [String(value)] : [],
    );
    expect(phones.filter((p) => !/^1380000\d{4}$/.test(p))).toEqual([]);
  });

  it("leave a few ID numbers empty, where the sheets allow it", () => {
    const ids = cellsOf("gd-ipo-2021").filter(({ field }) => field.key === "idNumber");
    const empty = ids.filter(({ value }) => value === null).length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(ids.length / 10);
  });
});
