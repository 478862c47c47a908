import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { chooseFiles, importAsProposed, openWorkspace } from "./helpers/workspace-page.ts";
import { openSiteSession } from "./helpers/site-session.ts";

const session = openSiteSession();

/** A CSV file made in the test, UTF-8 with a BOM. */
function csv(name: string, lines: string[]) {
  return { name, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8") };
}

const gdTrainees = csv("gd-trainees.csv", [
  "姓名,身份证号,手机号码,工作单位,线上学时,线下参训期数,考试成绩",
  "张三,110101199001011237,13812345678,甲公司,20,1,90",
  "李四,110101199202022346,13912345678,乙公司,20,1,40",
  "王五,110101199303033458,13712345678,丙公司,12,0,70",
]);

/** The results table's body rows as text, cell by cell (the first cell is the 查看说明 button). */
async function readRows(page: Page): Promise<string[][]> {
  const table = page.getByRole("table", { name: "成绩结果" });
  return table
    .locator("tbody tr:not(.results-spacer)")
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll("td")].slice(1).map((td) => td.textContent ?? "")),
    );
}

async function importCohort(page: Page, slug: string, name: string, file: ReturnType<typeof csv>) {
  await page.getByRole("combobox", { name: /^培训项目/ }).selectOption(slug);
  await page.getByLabel("批次名称").fill(name);
  await page.getByRole("button", { name: "新建批次" }).click();
  await page.getByRole("heading", { name, level: 2 }).waitFor();
  await chooseFiles(page, [file]);
  await importAsProposed(page);
  await page.getByRole("table", { name: "成绩结果" }).waitFor();
}

describe("results in the workspace, built and served on 127.0.0.1", () => {
  test("shows each trainee's components, total and outcome with IDs and phones masked", async () => {
    const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(page, "gd-ipo-2021", "结果表", gdTrainees);
    const rows = await readRows(page);
    expect(rows[0]).toContain("张三");
    expect(rows[0]).toContain("110101********1237");
    expect(rows[0]).toContain("138****5678");
    expect(rows[0]).toContain("通过");
    expect(rows[1]).toContain("未通过");
    await page.getByLabel("显示完整身份证号和手机号").check();
    expect((await readRows(page))[0]).toContain("110101199001011237");
    await page.close();
    expect(errors).toEqual([]);
  });

  test("sorts by total and filters by outcome and by search", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(page, "gd-ipo-2021", "排序筛选", gdTrainees);
    const table = page.getByRole("table", { name: "成绩结果" });
    await table.getByRole("button", { name: "总分" }).click();
    await table.getByRole("button", { name: "总分" }).click();
    expect(await table.getByRole("columnheader", { name: "总分" }).getAttribute("aria-sort")).toBe(
      "descending",
    );
    await expect.poll(async () => (await readRows(page)).map((r) => r[0])).toEqual(["张三", "李四", "王五"]);
    const names = async () => (await readRows(page)).map((r) => r[0]);
    await page.getByRole("combobox", { name: /^结果/ }).selectOption("未通过");
    await expect.poll(names).toEqual(["李四", "王五"]);
    await page.getByLabel("搜索姓名或单位").fill("丙公司");
    await expect.poll(names).toEqual(["王五"]);
    await page.close();
  });

  test("explains a trainee: each component with its figure, points and rule, and the failing gate", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(page, "gd-ipo-2021", "说明", gdTrainees);
    await page.getByRole("button", { name: "查看说明" }).nth(2).click();
    const panel = page.getByRole("region", { name: "成绩说明" });
    await expect.poll(() => panel.textContent()).toContain("王五");
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("线上培训");
    expect(text).toContain("未满足");
    expect(text).toContain("12");
    await page.close();
  });

  test("changes the pass mark for the cohort, notes the difference, keeps it after a reload and returns to the published rules", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(page, "gd-ipo-2021", "规则参数", gdTrainees);
    const rules = page.getByRole("region", { name: "本批次规则参数" });
    await rules.getByLabel("必要条件「考试成绩」的界限").fill("30");
    await rules.getByLabel("必要条件「考试成绩」的界限").press("Tab");
    await rules.getByLabel("通过考核的总分线").fill("70");
    await rules.getByLabel("通过考核的总分线").press("Tab");
    await expect.poll(async () => (await readRows(page))[1]).toContain("通过");
    const noted = () => rules.getByRole("status").textContent();
    await expect.poll(noted).toContain("通过考核的总分线：75 → 70");
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("table", { name: "成绩结果" }).waitFor();
    expect((await readRows(page))[1]).toContain("通过");
    await expect.poll(noted).toContain("必要条件「考试成绩」的界限：60 → 30");
    await rules.getByRole("button", { name: "恢复公布的规则" }).click();
    await expect.poll(async () => (await readRows(page))[1]).toContain("未通过");
    await page.close();
  });

  test("overrides a tier with a reason, shown beside the computed one and kept after a reload", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(
      page,
      "dj-practical-talent-2024",
      "等次调整",
      csv("dj.csv", [
        "姓名,工作单位,年度,完成学习任务,应完成学习任务",
        "赵一,甲企业,2024,40,40",
        "钱二,乙企业,2024,20,40",
      ]),
    );
    await page.getByRole("button", { name: "查看说明" }).first().click();
    const panel = page.getByRole("region", { name: "成绩说明" });
    await panel.getByLabel("调整后的等次").selectOption("优秀");
    await panel.getByRole("button", { name: "保存调整" }).click();
    await expect.poll(() => panel.getByRole("alert").textContent()).toBe("须写明理由");
    await panel.getByLabel("理由").fill("参考所在企业意见");
    await panel.getByRole("button", { name: "保存调整" }).click();
    await expect.poll(async () => (await readRows(page))[0]?.join(" ")).toContain("合格（人工调整为 优秀）");
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("table", { name: "成绩结果" }).waitFor();
    expect((await readRows(page))[0]?.join(" ")).toContain("合格（人工调整为 优秀）");
    await page.close();
  });

  test("settles a tie at the quota cut with a reason, kept after a reload", async () => {
    const { page } = await openWorkspace(session.chromium.context, session.server.url);
    await importCohort(
      page,
      "hb-specialist-2022",
      "并列",
      csv("hb.csv", [
        "姓名,工作单位,所在市州,问卷是否提交,问卷质量分,线上学时,在线测试成绩",
        "甲,甲单位,武汉市,是,80,20,90",
        "乙,乙单位,黄石市,是,80,20,90",
        "丙,丙单位,鄂州市,是,60,20,90",
      ]),
    );
    const quota = page.getByLabel("每组入选名额");
    await quota.fill("1");
    await quota.press("Tab");
    const tie = page.getByRole("form", { name: /第 1 名并列 2 人/ });
    await tie.getByLabel("甲").selectOption("未入选");
    await tie.getByLabel("乙").selectOption("入选");
    await tie.getByRole("button", { name: "保存决定" }).click();
    await expect.poll(() => tie.getByRole("alert").textContent()).toBe("须写明理由");
    await tie.getByLabel("理由").fill("问卷内容更完整");
    await tie.getByRole("button", { name: "保存决定" }).click();
    await expect.poll(() => tie.getByRole("heading").textContent()).toContain("（已决定）");
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("table", { name: "成绩结果" }).waitFor();
    const rows = await readRows(page);
    expect(rows.find((r) => r[0] === "乙")).toContain("入选");
    expect(rows.find((r) => r[0] === "甲")).toContain("未入选");
    await page.close();
  });

  test("reports no CSP violation (zod's new Function probe is off) once results are on screen", async () => {
    const { page, errors } = await openWorkspace(session.chromium.context, session.server.url);
    // Listening from the first script on: zod probes when the island's modules load.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective));
    });
    await page.reload({ waitUntil: "networkidle" });
    await importCohort(page, "gd-ipo-2021", "CSP", gdTrainees);
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    await page.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
