import { readFile } from "node:fs/promises";
import { read, utils } from "@e965/xlsx";
import { describe, expect, test } from "vitest";
import { loadPrograms } from "../unit/helpers/load-programs.ts";

const templates = [...loadPrograms()].flatMap(([slug, { data }]) =>
  data.templates.map((template) => ({ name: `${slug}/${template.id}`, slug, template })),
);
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** Clicks the template's link on its program page and returns the downloaded sheet's first two rows. */
async function downloadTemplate(slug: string, id: string): Promise<unknown[][]> {
  const tab = await session.chromium.context.newPage();
  try {
    await tab.goto(new URL(`programs/${slug}/`, session.server.url).href);
    const link = tab.locator(`a[href$="/programs/${slug}/templates/${id}.xlsx"]`).first();
    if ((await link.count()) === 0) throw new Error(`programs/${slug}/ 页面上没有 ${id}.xlsx 的下载链接`);
    const [download] = await Promise.all([tab.waitForEvent("download"), link.click()]);
    const book = read(await readFile(await download.path()));
    const sheet = book.Sheets[book.SheetNames[0] ?? ""];
    if (!sheet) throw new Error(`${slug}/${id}.xlsx 没有工作表`);
    return utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: "" }).slice(0, 2);
  } finally {
    await tab.close();
  }
}

describe("blank templates downloaded from the program pages", () => {
  test("there is at least one template to download", () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  test.for(templates)(
    "$name opens in SheetJS with the title row and the field labels as header",
    async ({ slug, template }) => {
      const [titleRow, headerRow] = await downloadTemplate(slug, template.id);
      expect(titleRow?.[0]).toBe(template.title);
      expect(headerRow).toEqual(template.fields.map((f) => f.label));
    },
  );
});
