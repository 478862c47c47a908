import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";

/** Loads the demo cohort of a program from the workspace list and waits for its page. */
export async function loadDemo(page: Page, programSlug: string): Promise<string> {
  await page.getByLabel("示例项目").selectOption(programSlug);
  await page.getByRole("button", { name: "载入示例批次" }).click();
  const heading = page.getByRole("heading", { level: 2, name: /^示例：/ });
  await heading.waitFor({ timeout: 20_000 });
  return heading.innerText();
}

/** Goes back to the cohort list. */
export async function showList(page: Page): Promise<void> {
  await page.getByRole("link", { name: "← 全部批次" }).click();
  await page.getByRole("heading", { name: "备份与恢复" }).waitFor();
}

/** Exports a backup (with an optional passphrase) and returns the downloaded file's name and bytes. */
export async function downloadBackup(page: Page, passphrase = ""): Promise<{ name: string; buffer: Buffer }> {
  await page.getByLabel("备份口令（可选）").fill(passphrase);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出备份" }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), buffer: await readFile(path) };
}

/** Clears every cohort through the confirm step and waits for the empty list. */
export async function clearAll(page: Page): Promise<void> {
  await page.getByRole("button", { name: "清除全部数据" }).click();
  await page.getByRole("button", { name: "确认清除" }).click();
  await page.getByText("已清除本浏览器中的全部工作台数据。").waitFor();
}

/** Restores a backup file through the confirm step (and the passphrase step when one is given). */
export async function restoreBackup(
  page: Page,
  file: { name: string; buffer: Buffer },
  passphrase?: string,
): Promise<void> {
  await page.getByLabel("备份文件").setInputFiles({ ...file, mimeType: "application/octet-stream" });
  await page.getByRole("button", { name: "确认恢复" }).click();
  if (passphrase !== undefined) {
    await page.getByLabel("备份口令", { exact: true }).fill(passphrase);
    await page.getByRole("button", { name: "用此口令恢复" }).click();
  }
  await page.getByText(/^已从备份恢复 \d+ 个批次。$/).waitFor();
}
