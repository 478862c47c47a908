import type { BrowserContext, Page } from "playwright-core";

/** The workspace page in a tab, with whatever it logged as an error. */
export interface WorkspaceTab {
  page: Page;
  errors: string[];
}

/** Opens the workspace and waits until the island has read the database. */
export async function openWorkspace(
  context: BrowserContext,
  siteUrl: string,
  hash = "",
): Promise<WorkspaceTab> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(`workspace/${hash}`, siteUrl).href, { waitUntil: "networkidle" });
  await page.getByText("正在读取本浏览器中保存的批次").waitFor({ state: "detached" });
  return { page, errors };
}

/** Creates a cohort of the program and waits for its page. */
export async function createCohort(page: Page, programSlug: string, name: string): Promise<void> {
  await page.getByLabel("培训项目").selectOption(programSlug);
  await page.getByLabel("批次名称").fill(name);
  await page.getByRole("button", { name: "新建批次" }).click();
  await page.getByRole("heading", { name, level: 2 }).waitFor();
}

/** A file made in the test: bytes with a name. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A file for the file input: a path on disk, or bytes with a name. */
export type InputFile = string | FilePayload;

/** Chooses files (paths on disk, or files made in the test) with the wizard's file input. */
export async function chooseFiles(page: Page, files: string[] | FilePayload[]): Promise<void> {
  await page.getByLabel("选择文件").setInputFiles(files);
}

/** Accepts the proposed mapping, then imports the rows (skipping bad ones); waits until they are stored. */
export async function importAsProposed(page: Page): Promise<void> {
  await page.getByRole("button", { name: "确认对应关系并检查数据" }).click();
  await page.getByRole("button", { name: /^(导入 .* 行|跳过有问题的行，导入其余 .* 行)$/ }).click();
  await page.getByLabel("选择文件").waitFor();
}

/** Every object store of the workspace database, read with the plain IndexedDB API in the page. */
export async function readDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === "zhipei")) return {};
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("zhipei");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error("indexedDB.open failed"));
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`getAll ${name} failed`));
      });
    }
    db.close();
    return stores;
  });
}

/** Row counts per store, for messages that should not print every row. */
export function countRecords(snapshot: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([name, rows]) => [name, rows.length]));
}
