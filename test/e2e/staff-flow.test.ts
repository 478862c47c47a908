import { readFile } from "node:fs/promises";
import { read, utils } from "@e965/xlsx";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { clearAll, downloadBackup, loadDemo, restoreBackup, showList } from "./helpers/ops-page.ts";
import { openWorkspace } from "./helpers/workspace-page.ts";
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** What a person decides in each program's demo: a tie at a cut to settle, and a tier or selection to adjust. */
const programs = [
  { slug: "gd-ipo-2021", tie: false, override: false },
  { slug: "hb-specialist-2022", tie: true, override: true },
  { slug: "hb-bxwq-2023", tie: false, override: false },
  { slug: "jy-talent-plan-2022", tie: false, override: false },
  { slug: "dj-practical-talent-2024", tie: true, override: true },
] as const;

const results = (page: Page) => page.getByRole("table", { name: "成绩结果" });

/** The first trainee's name in the results table (the first cell is the 查看说明 button). */
async function readFirstName(page: Page): Promise<string> {
  return results(page).locator("tbody tr:not(.results-spacer) td").nth(1).innerText();
}

/** Settles the first open tie: places handed out in the order offered, with a reason. */
async function settleTie(page: Page): Promise<void> {
  const tie = page.getByRole("form").filter({ hasText: "（待决定）" }).first();
  const offered = (await tie.getByText(/^可分配：/).innerText()).replace(/^可分配：/, "").split("，");
  const places = offered.flatMap((seat) => {
    const [, label = "", count = "0"] = /^(.*) (\d+) 人$/.exec(seat) ?? [];
    return Array.from({ length: Number(count) }, () => label);
  });
  const selects = tie.getByRole("combobox");
  for (const [k, place] of places.entries()) await selects.nth(k).selectOption(place);
  await tie.getByLabel("理由").fill("按报名先后决定");
  await tie.getByRole("button", { name: "保存决定" }).click();
}

/** Adjusts the open trainee's tier or selection to the first choice, with the reason the rules ask for. */
async function overrideOpen(page: Page): Promise<void> {
  const adjustment = page.getByRole("region", { name: "人工调整" });
  await adjustment.getByRole("combobox").selectOption({ index: 1 });
  await adjustment.getByLabel("理由").fill("参考所在企业意见");
  await adjustment.getByRole("button", { name: "保存调整" }).click();
  await adjustment.getByText(/^已调整为/).waitFor();
}

/** Downloads the xlsx of one export and reads it back with SheetJS. */
async function exportWorkbook(page: Page, label: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: `导出${label}（xlsx）` }).click(),
  ]);
  return read(await readFile(await download.path()));
}

describe("staff work through each program's demo cohort, in the built site", { timeout: 40_000 }, () => {
  for (const { slug, tie, override } of programs)
    test(`${slug}: demo, results, explanation, decisions, charts, export, reload, backup, clear, restore`, async () => {
      const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
      // Outside a page load, only the site's own chunks and workers may be fetched (charts, exports).
      let loading = false;
      const requests: { url: string; loading: boolean }[] = [];
      page.on("request", (request) => requests.push({ url: request.url(), loading }));
      await clearAll(page);
      const name = await loadDemo(page, slug);
      await results(page).waitFor();

      const first = await readFirstName(page);
      await page.getByRole("button", { name: "查看说明" }).first().click();
      await expect.poll(() => page.getByRole("region", { name: "成绩说明" }).textContent()).toContain(first);

      if (override) await overrideOpen(page);
      const adjusted = results(page).getByText(/人工调整为/);
      const decided = page.getByRole("heading", { name: /（已决定）$/ });
      if (tie) {
        await settleTie(page);
        await decided.first().waitFor();
      }

      await expect.poll(() => page.locator("figure canvas").count()).toBeGreaterThan(0);

      const workbook = await exportWorkbook(page, "结果及说明");
      const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ""]!;
      const cells = utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).flat();
      expect(cells).toContain(first);
      expect(Object.values(sheet).some((cell) => typeof cell === "object" && "f" in cell)).toBe(false);

      loading = true;
      await page.reload({ waitUntil: "networkidle" });
      loading = false;
      await results(page).waitFor();
      expect(await readFirstName(page)).toBe(first);
      if (tie) expect(await decided.count()).toBeGreaterThan(0);
      if (override) expect(await adjusted.count()).toBe(1);

      await showList(page);
      const backup = await downloadBackup(page);
      await clearAll(page);
      expect(await page.getByRole("link", { name }).count()).toBe(0);
      await restoreBackup(page, backup);
      await page.getByRole("link", { name }).click();
      await results(page).waitFor();
      expect(await readFirstName(page)).toBe(first);
      if (tie) expect(await decided.count()).toBeGreaterThan(0);
      if (override) expect(await adjusted.count()).toBe(1);
      await page.close();
      expect(errors).toEqual([]);
      const origin = new URL(session.server.url).origin;
      expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
      expect(requests.filter((r) => !r.loading && !/\/_astro\/[\w.-]+\.js$/.test(r.url))).toEqual([]);
    });
});
