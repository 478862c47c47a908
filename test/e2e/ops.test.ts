import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { clearAll, downloadBackup, loadDemo, restoreBackup, showList } from "./helpers/ops-page.ts";
import { distDir } from "./helpers/serve-built-site.ts";
import { countRecords, openWorkspace, readDatabase } from "./helpers/workspace-page.ts";
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** The names in the cohort list, top to bottom. */
async function listCohortNames(page: Page): Promise<string[]> {
  const rows = page.getByRole("row").filter({ has: page.getByRole("link") });
  return (await rows.allInnerTexts()).map((t) => t.split("\t")[0] ?? "");
}

describe("the workspace's demo, backup, restore and clear", { timeout: 60_000 }, () => {
  test("loads a program's demo cohort in one click and opens it, with its sheets as imports", async () => {
    const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    expect(await loadDemo(page, "jy-talent-plan-2022")).toBe("示例：济源“十四五”知识产权人才发展规划");
    const stores = await readDatabase(page);
    expect(countRecords(stores)).toMatchObject({ cohorts: 1, imports: 2 });
    await page.close();
    expect(errors).toEqual([]);
  });

  test("loading the same demo twice makes a second cohort, not a duplicate-import error", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    await loadDemo(page, "gd-ipo-2021");
    await showList(page);
    await loadDemo(page, "gd-ipo-2021");
    await showList(page);
    expect(await listCohortNames(page)).toEqual([
      "示例：广东知识产权运营人才培养",
      "示例：广东知识产权运营人才培养",
    ]);
    expect(await page.getByRole("alert").count()).toBe(0);
    await page.close();
  });

  test("a passphrase backup, cleared and restored, brings every stored row back", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    await loadDemo(page, "hb-bxwq-2023");
    await showList(page);
    const file = await downloadBackup(page, "口令 123");
    const before = await readDatabase(page);
    expect(file.name).toMatch(/^知培备份-\d{4}-\d{2}-\d{2}-\d{4}\.zhipei$/);
    await expect.poll(() => page.getByText(/^上次备份：\d{4}\//).count()).toBe(1);
    await clearAll(page);
    expect(countRecords(await readDatabase(page))).toMatchObject({ cohorts: 0, imports: 0, rowChunks: 0 });
    await restoreBackup(page, file, "口令 123");
    expect(await readDatabase(page)).toEqual(before);
    expect(await listCohortNames(page)).toEqual(["示例：湖北“百县万企”知识产权大培训"]);
    await page.close();
  });

  test("a file that is not a backup is refused with the reason, and the workspace stays as it was", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    await loadDemo(page, "gd-ipo-2021");
    await showList(page);
    const before = await readDatabase(page);
    await page.getByLabel("备份文件").setInputFiles({
      name: "名单.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"姓名":"张三"}'),
    });
    await page.getByRole("button", { name: "确认恢复" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatchInlineSnapshot(`"这不是知培工作台的备份文件。"`);
    expect(await readDatabase(page)).toEqual(before);
    await page.close();
  });

  test("asks to confirm before clearing, and cancelling keeps everything", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    await loadDemo(page, "dj-practical-talent-2024");
    await showList(page);
    await page.getByRole("button", { name: "清除全部数据" }).click();
    expect(await page.getByRole("group", { name: "确认清除" }).innerText()).toContain("无法撤销");
    await page.getByRole("group", { name: "确认清除" }).getByRole("button", { name: "取消" }).click();
    expect(await listCohortNames(page)).toHaveLength(1);
    await page.close();
  });

  test("requests nothing but its own chunks while loading a demo, backing up, restoring and clearing", async () => {
    const page = await session.chromium.context.newPage();
    const requests: { url: string; settled: boolean }[] = [];
    let settled = false;
    page.on("request", (request) => requests.push({ url: request.url(), settled }));
    await page.goto(new URL("workspace/", session.server.url).href, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    settled = true;
    await clearAll(page);
    await loadDemo(page, "hb-specialist-2022");
    await showList(page);
    const file = await downloadBackup(page);
    await clearAll(page);
    await restoreBackup(page, file);
    await page.close();
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    expect(
      requests.filter((r) => r.settled && !/\/_astro\/[\w.-]+\.js$/.test(r.url)).map((r) => r.url),
    ).toEqual([]);
  });

  test("keeps an offline copy of exactly the built workspace files, and opens offline from it with its data", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await clearAll(page);
    await loadDemo(page, "gd-ipo-2021");
    await showList(page);
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const requests = await Promise.all(names.map(async (n) => (await caches.open(n)).keys()));
      return requests.flat().map((r) => r.url);
    });
    const listed = /const urls = (\[.*\]);/.exec(readFileSync(`${distDir}/offline-worker.js`, "utf8"))?.[1];
    expect(cached.map((url) => new URL(url).href).sort()).toEqual(
      (JSON.parse(listed ?? "[]") as string[]).map((path) => new URL(path, session.server.url).href).sort(),
    );
    await session.chromium.context.setOffline(true);
    try {
      await page.reload({ waitUntil: "load" });
      await page.getByText("正在读取本浏览器中保存的批次").waitFor({ state: "detached" });
      expect(await listCohortNames(page)).toEqual(["示例：广东知识产权运营人才培养"]);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // The cohort page's results load their code lazily: that too comes from the offline copy.
      await page.getByRole("link", { name: "示例：广东知识产权运营人才培养" }).click();
      await page.getByRole("table", { name: "成绩结果" }).waitFor();
    } finally {
      await session.chromium.context.setOffline(false);
      await page.close();
    }
  });
});
