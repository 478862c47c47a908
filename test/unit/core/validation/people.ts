/** Synthetic people for validation and matching tests: valid ID numbers and mobiles, and a program's real fields. */
import { computeIdCheckChar } from "../../../../src/core/cells/id-number.ts";
import type { Field } from "../../../../src/core/fields/field-schema.ts";
import { loadProgram } from "../../helpers/load-programs.ts";

const two = (n: number) => String(n).padStart(2, "0");

/** A valid 18-character ID (GB 11643 check digit) for person `n`; distinct for every n below 13 million. */
export function idNumber(n: number): string {
  const days = Math.floor(n / 1000);
  const birth = `${1960 + (Math.floor(days / 336) % 40)}${two(1 + (Math.floor(days / 28) % 12))}${two(1 + (days % 28))}`;
  const first17 = `420102${birth}${String(n % 1000).padStart(3, "0")}`;
  return first17 + computeIdCheckChar(first17);
}

/** A mobile number for person `n`. */
export function mobile(n: number): string {
  return `138${String(n).padStart(8, "0")}`;
}

/** The fields of a program's template, by key, as the content entry declares them. */
export function fieldsOf(slug: string, templateId: string): Map<string, Field> {
  const template = loadProgram(slug).data.templates.find((t) => t.id === templateId);
  if (template === undefined) throw new Error(`no template ${templateId} in ${slug}`);
  return new Map(template.fields.map((f) => [f.key, f]));
}
