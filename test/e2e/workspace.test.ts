import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { WORKSPACE_JS_BUDGET_BYTES } from "../../scripts/report-bundle.ts";
import { distDir } from "./helpers/serve-built-site.ts";
import {
  chooseFiles,
  countRecords,
  createCohort,
  importAsProposed,
  openWorkspace,
  readDatabase,
} from "./helpers/workspace-page.ts";

const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** The CSP directive `name` of a policy, as a set of its sources. */
function readDirective(policy: string, name: string): Set<string> {
  const directive = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return new Set(directive?.slice(1) ?? []);
}

describe("the workspace page, built and served on 127.0.0.1", () => {
  test("loads without a console error", async () => {
    const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
    await page.close();
    expect(errors).toEqual([]);
  });

  test("runs its islands under a CSP tag without 'unsafe-inline', allowing no other origin", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    const policies = await page.$$eval('meta[http-equiv="content-security-policy" i]', (tags) =>
      tags.map((t) => t.getAttribute("content") ?? ""),
    );
    await page.close();
    expect(policies).toHaveLength(1);
    const policy = policies[0]!;
    expect(policy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    expect([...readDirective(policy, "default-src")]).toEqual(["'self'"]);
    expect([...readDirective(policy, "connect-src")]).toEqual(["'self'"]);
  });

  test("public/_headers allows exactly the inline scripts and styles the built page has", () => {
    const html = readFileSync(`${distDir}/workspace/index.html`, "utf8");
    const hashes = { script: new Set<string>(), style: new Set<string>() };
    for (const m of html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g))
      hashes[m[1] as "script" | "style"].add(
        `'sha256-${createHash("sha256")
          .update(m[2] ?? "")
          .digest("base64")}'`,
      );
    const headers = readFileSync(`${distDir}/_headers`, "utf8");
    const block = headers.slice(headers.indexOf("/workspace/*"));
    const policy = /Content-Security-Policy: (.*)/.exec(block)?.[1] ?? "";
    const allowed = (name: string) => [...readDirective(policy, name)].filter((s) => s.startsWith("'sha"));
    expect(allowed("script-src").sort()).toEqual([...hashes.script].sort());
    expect(allowed("style-src").sort()).toEqual([...hashes.style].sort());
    expect([...readDirective(policy, "connect-src")]).toEqual(["'self'"]);
  });

  test("loads less than 120 KB of gzipped JavaScript before a file is chosen", async () => {
    const page = await session.chromium.context.newPage();
    const sizes: number[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        void response.body().then((body) => sizes.push(gzipSync(body, { level: 9 }).length));
    });
    await page.goto(new URL("workspace/", session.server.url).href, { waitUntil: "networkidle" });
    const inline = await page.$$eval("script:not([src])", (scripts) =>
      scripts.map((s) => s.textContent ?? ""),
    );
    await page.close();
    const total = [...sizes, ...inline.map((code) => gzipSync(code, { level: 9 }).length)].reduce(
      (a, b) => a + b,
      0,
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(WORKSPACE_JS_BUDGET_BYTES);
  });

  test("asks only its own origin for anything, and nothing after it settled but the worker once a file is chosen and Chart.js once results show", async () => {
    const page = await session.chromium.context.newPage();
    const requests: { url: string; settled: boolean }[] = [];
    let settled = false;
    page.on("request", (request) => requests.push({ url: request.url(), settled }));
    await page.goto(new URL("workspace/", session.server.url).href, { waitUntil: "networkidle" });
    await page.waitForTimeout(1000);
    settled = true;
    await createCohort(page, "hb-bxwq-2023", "请求记录");
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    await importAsProposed(page);
    await page.close();
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    expect(
      requests
        .filter((r) => r.settled && !/\/_astro\/(import\.worker-[\w-]+|chart-kit\.[\w-]+)\.js$/.test(r.url))
        .map((r) => r.url),
    ).toEqual([]);
  });

  test("creates a cohort from a program and lists it with its program, year, rows and last import", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "gd-ipo-2021", "2021 第一期");
    await page.getByRole("link", { name: "← 全部批次" }).click();
    const row = page.getByRole("row", { name: /2021 第一期/ });
    await expect.poll(() => row.innerText()).toMatch(/^2021 第一期\t.+\t2021\t0\t尚未导入$/);
    await page.close();
  });

  test("imports each good fixture and counts its rows, kept after a reload", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "好文件");
    const files: [string, number][] = [
      ["title-rows.xlsx", 5],
      ["totals-row.xlsx", 4],
      ["utf8-bom.csv", 3],
      ["gbk.csv", 3],
      ["unicode-text.txt", 2],
      ["biff8.xls", 3],
      ["trainees.ods", 3],
    ];
    for (const [name, rows] of files) {
      await chooseFiles(page, [fixture(name)]);
      await importAsProposed(page);
      await expect.poll(() => page.getByRole("status").first().innerText()).toContain(`已导入「${name}」`);
      await expect
        .poll(() => page.getByRole("row", { name: new RegExp(name) }).innerText())
        .toContain(`\t${rows}\t`);
    }
    const total = files.reduce((sum, [, rows]) => sum + rows, 0);
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => page.locator(".facts").innerText()).toContain(`${total} 行`);
    const history = page.getByRole("table", { name: /^导入记录/ });
    expect(await history.getByRole("row").count()).toBe(files.length + 1);
    await page.close();
  });

  test("lets the person pick the sheet of a workbook with two, marking the hidden one", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "两个工作表");
    await chooseFiles(page, [fixture("hidden-sheet.xlsx")]);
    await expect.poll(() => page.locator(".sheet-picker").innerText()).toMatch(/下拉选项\s*隐藏/);
    await page.getByRole("button", { name: "学员", exact: true }).click();
    await importAsProposed(page);
    await expect.poll(() => page.getByRole("status").first().innerText()).toContain("3 行");
    await page.close();
  });

  test("imports files chosen together one after another", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "一次选两个");
    await chooseFiles(page, [fixture("title-rows.xlsx"), fixture("totals-row.xlsx")]);
    for (const name of ["title-rows.xlsx", "totals-row.xlsx"]) {
      await expect.poll(() => page.locator(".mapping").innerText()).toContain(`文件「${name}」`);
      await page.getByRole("button", { name: "确认对应关系并检查数据" }).click();
      await page.getByRole("button", { name: /^导入 \d+ 行$/ }).click();
    }
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toMatch(/已导入「title-rows.xlsx」.*5 行。\n已导入「totals-row.xlsx」.*4 行。/);
    await page.close();
  });

  test("imports a file dropped on the box", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "拖入文件");
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      const csv = "姓名,工作单位,所在市州\n张三,武汉光谷专利事务所,武汉市\n";
      transfer.items.add(new File([csv], "拖入.csv", { type: "text/csv" }));
      document
        .querySelector(".file-drop")
        ?.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    });
    await importAsProposed(page);
    await expect
      .poll(() => page.getByRole("status").first().innerText())
      .toContain("已导入「拖入.csv」的工作表「拖入」：1 行");
    await page.close();
  });

  test("refuses the same file a second time, saying when it was imported, and changes nothing", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "重复导入");
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    await importAsProposed(page);
    const before = await readDatabase(page);
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.innerText())
      .toMatch(/^文件「title-rows.xlsx」已于 .+ 导入过本批次，不再重复导入。$/);
    expect(await readDatabase(page)).toEqual(before);
    await page.close();
  });

  test("undoes an import after a second click, taking its rows away", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "撤销");
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    await importAsProposed(page);
    await chooseFiles(page, [fixture("totals-row.xlsx")]);
    await importAsProposed(page);
    await expect.poll(() => page.locator(".facts").innerText()).toContain("9 行");
    await page.getByRole("button", { name: "撤销导入「title-rows.xlsx」" }).click();
    await page.getByRole("button", { name: "确认撤销" }).click();
    await expect.poll(() => page.locator(".facts").innerText()).toContain("4 行");
    expect(await page.getByRole("row", { name: /title-rows\.xlsx/ }).count()).toBe(0);
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => page.locator(".facts").innerText()).toContain("4 行");
    await page.close();
  });

  test("recalls the mapping confirmed for the same headers", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "记住对应关系");
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    await page.getByLabel("F 列「学时」对应的字段").selectOption("makeUpExam");
    await page.getByLabel("G 列「考试成绩」对应的字段").selectOption("");
    await importAsProposed(page);
    await chooseFiles(page, [fixture("biff8.xls")]);
    await expect
      .poll(() => page.locator(".mapping").innerText())
      .toContain("已沿用上次对相同表头确认的对应关系");
    expect(await page.getByLabel("F 列「学时」对应的字段").inputValue()).toBe("makeUpExam");
    expect(await page.getByLabel("G 列「考试成绩」对应的字段").inputValue()).toBe("");
    await page.getByRole("button", { name: "取消" }).click();
    await page.close();
  });

  test("masks ID numbers and phones in the mapping samples", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "遮挡");
    await chooseFiles(page, [fixture("title-rows.xlsx")]);
    await page.locator(".mapping-samples").first().waitFor();
    const samples = await page.locator(".mapping-samples").allInnerTexts();
    await page.getByRole("button", { name: "取消" }).click();
    await page.close();
    expect(samples.join("\n")).not.toMatch(/\d{17}[\dX]|1\d{10}/);
    expect(samples.join("\n")).toContain("420102********1002");
  });

  test("shows imported text as text: markup and javascript: links in cells stay inert", async () => {
    const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
    await createCohort(page, "hb-bxwq-2023", "不可信文本");
    const csv = [
      "姓名,工作单位,所在市州,考试成绩",
      "<img src=x onerror=document.title=1>,<a href=javascript:alert(1)>单位</a>,武汉,<b>85</b>",
    ].join("\n");
    await chooseFiles(page, [{ name: "<b>名单.csv", mimeType: "text/csv", buffer: Buffer.from(csv) }]);
    await expect
      .poll(() => page.locator(".mapping-samples").first().innerText())
      .toBe("<img src=x onerror=document.title=1>");
    await page.getByRole("button", { name: "确认对应关系并检查数据" }).click();
    await expect.poll(() => page.locator(".review").innerText()).toContain("<b>名单");
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll("main img").length,
      bold: document.querySelectorAll("main b").length,
      scriptLinks: [...document.querySelectorAll("a")].filter((a) => a.href.startsWith("javascript:")).length,
      title: document.title,
    }));
    await page.getByRole("button", { name: "取消" }).click();
    await page.close();
    expect(injected).toEqual({ images: 0, bold: 0, scriptLinks: 0, title: "工作台 · 知培" });
    expect(errors).toEqual([]);
  });

  test("stores nothing but the workspace database in the browser", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    const stores = countRecords(await readDatabase(page));
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    await page.close();
    expect(names).toEqual(["zhipei"]);
    expect(Object.keys(stores).sort()).toEqual([
      "cohorts",
      "decisions",
      "imports",
      "mappings",
      "meta",
      "rowChunks",
    ]);
  });
});
