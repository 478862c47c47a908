/**
 * The blank spreadsheet templates offered on program pages: a title row, then
 * exactly the field labels as the header row (the importer matches on them),
 * then nothing for people to fill.
 */
import { utils, write } from "@e965/xlsx";
import type { SheetTemplate } from "../core/fields/field-schema.ts";

/** Builds the xlsx bytes of a blank template: title row, header row, empty body. */
export function buildTemplateWorkbook(
  template: Pick<SheetTemplate, "title" | "fields">,
): Uint8Array<ArrayBuffer> {
  const labels = template.fields.map((f) => f.label);
  const sheet = utils.aoa_to_sheet([[template.title], labels]);
  sheet["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: labels.length - 1 } }];
  sheet["!cols"] = labels.map((l) => ({ wch: Math.max(10, displayWidth(l) + 2) }));
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, toSheetName(template.title));
  return new Uint8Array(write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
}

/** Column width in Excel character units: a Chinese character is about two Latin ones wide. */
function displayWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
}

/** Excel refuses sheet names over 31 characters or containing : \ / ? * [ ]. */
function toSheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}
