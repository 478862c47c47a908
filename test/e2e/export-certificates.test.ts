import * as XLSX from "@e965/xlsx";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { chooseFiles, createCohort, importAsProposed, openWorkspace } from "./helpers/workspace-page.ts";
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** A gd-ipo-2021 sheet in the template's words: 张三 and 王五 pass, 李四 misses the exam mark. */
function gdWorkbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([
    ["广东省知识产权运营人才培养项目学员考核表"],
    ["姓名", "工作单位", "线上学时", "线下参训期数", "考试成绩"],
    ["张三", "甲公司", 20, 1, 90],
    ["李四", "乙公司", 20, 1, 50],
    ["王五", "丙公司", 20, 2, 80],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "学员");
  return Buffer.from(XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Uint8Array);
}

/** Creates a gd-ipo-2021 cohort holding the sheet above; returns its id. */
async function makeCohort(page: Page): Promise<string> {
  await createCohort(page, "gd-ipo-2021", "证书打印测试");
  await chooseFiles(page, [
    {
      name: "学员.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: gdWorkbook(),
    },
  ]);
  await importAsProposed(page);
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get("批次") ?? "";
}

/** Opens the print view of cohort `id`, recording errors and requests. */
async function openCertificates(id: string) {
  const page = await session.chromium.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(
    new URL(`workspace/certificates/?cohort=${encodeURIComponent(id)}`, session.server.url).href,
    {
      waitUntil: "networkidle",
    },
  );
  await page.getByText("正在读取本浏览器中保存的批次").waitFor({ state: "detached" });
  return { page, errors, requests };
}

describe("the certificate print view, built and served on 127.0.0.1", () => {
  let cohortId = "";
  beforeAll(async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    cohortId = await makeCohort(page);
    await page.close();
  });

  test("lays out one certificate per holder of the stored cohort, without an error or another origin", async () => {
    const { page, errors, requests } = await openCertificates(cohortId);
    const certificates = page.getByRole("article");
    expect(await certificates.count()).toBe(2);
    expect((await certificates.first().innerText()).split(/\n+/)).toEqual([
      "结业证书",
      "张三",
      "参加广东省知识产权运营人才培养项目，经考核合格，特发此证。",
      "国家知识产权培训（广东）基地",
      expect.stringMatching(/^\d{4}年\d{1,2}月\d{1,2}日$/),
      "证书编号：GD-IPO-2021-0001",
    ]);
    await page.close();
    expect(errors).toEqual([]);
    const origin = new URL(session.server.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  test("prints one A4 landscape page per certificate, the controls left out", async () => {
    const { page } = await openCertificates(cohortId);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    await page.close();
    const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    // A4 is 297 × 210 mm: 842 × 595 points.
    expect(sizes).toEqual([
      [842, 595],
      [842, 595],
    ]);
  });

  test("sets the certificates in a Chinese serif face", async () => {
    const { page } = await openCertificates(cohortId);
    const family = await page
      .getByRole("article")
      .first()
      .evaluate((e) => getComputedStyle(e).fontFamily);
    await page.close();
    expect(family).toBe('"Songti SC", SimSun, "Noto Serif CJK SC", "Source Han Serif SC", serif');
  });

  test("prints the date the person picks, and opens the print dialog from 打印", async () => {
    const { page } = await openCertificates(cohortId);
    await page.getByLabel("发证日期（清空则留待手写）").fill("2021-12-30");
    expect(await page.getByRole("article").first().innerText()).toContain("2021年12月30日");
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await page.getByRole("button", { name: "打印" }).click();
    expect(await page.locator("body").getAttribute("data-printed")).toBe("yes");
    await page.close();
  });

  test("says so when the address names a cohort this browser does not hold", async () => {
    const { page } = await openCertificates("no-such-cohort");
    expect(await page.getByRole("alert").innerText()).toBe("本浏览器中找不到这个批次，它可能已被删除。");
    expect(await page.getByRole("article").count()).toBe(0);
    await page.close();
  });
});
