import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_FILE_BYTES } from "../../src/import/import-limits.ts";
import type { RunningServer } from "../../scripts/serve.ts";
import { writeTraineeWorkbook } from "../../scripts/trainee-workbook.ts";
import { buildZip, deflateZeros } from "../unit/import/fixture-files.ts";
import { launchChromium, type LaunchedChromium } from "./helpers/launch-chromium.ts";
import { serveBuiltSite } from "./helpers/serve-built-site.ts";
import {
  chooseFiles,
  countRecords,
  createCohort,
  importAsProposed,
  openWorkspace,
  readDatabase,
  type InputFile,
} from "./helpers/workspace-page.ts";

const fixture = (name: string) => new URL(`../fixtures/files/${name}`, import.meta.url).pathname;

let server: RunningServer;
let chromium: LaunchedChromium;
let page: Page;
let before: Record<string, unknown[]>;
let cohortHash: string;
let scratch: string;
let bigWorkbook: string;

beforeAll(async () => {
  server = await serveBuiltSite();
  chromium = await launchChromium();
  scratch = mkdtempSync(join(tmpdir(), "zhipei-refusals-"));
  bigWorkbook = join(scratch, "学员名单-100000.xlsx");
  writeFileSync(bigWorkbook, writeTraineeWorkbook(100_000));
  ({ page } = await openWorkspace(chromium.context, server.url));
  await createCohort(page, "gd-ipo-2021", "拒绝的文件");
  cohortHash = new URL(page.url()).hash;
  await chooseFiles(page, [join(scratch, writeSmallWorkbook())]);
  await importAsProposed(page);
  before = await readDatabase(page);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function writeSmallWorkbook(): string {
  writeFileSync(join(scratch, "学员名单-20.xlsx"), writeTraineeWorkbook(20));
  return "学员名单-20.xlsx";
}

/** Chooses the file, returns the message shown, and checks that the database did not change. */
async function refuse(file: InputFile): Promise<string> {
  await chooseFiles(page, typeof file === "string" ? [file] : [file]);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const message = await alert.innerText();
  expect(countRecords(await readDatabase(page))).toEqual(countRecords(before));
  expect(await readDatabase(page)).toEqual(before);
  return message;
}

describe("files the workspace refuses, each with its message and the database unchanged", () => {
  test("a 0-byte file", async () => {
    expect(await refuse(fixture("empty.xlsx"))).toMatchInlineSnapshot(
      `"文件「empty.xlsx」是空的（0 字节），请确认选对了文件。"`,
    );
  });

  test("a text file renamed to .xlsx", async () => {
    expect(await refuse(fixture("text-renamed.xlsx"))).toMatchInlineSnapshot(
      `"文件「text-renamed.xlsx」的扩展名是 .xlsx，内容却是纯文本，不是表格文件。如果它是 CSV，请把扩展名改成 .csv 再导入；否则请确认选对了文件。"`,
    );
  });

  test("a binary file named .csv", async () => {
    expect(await refuse(fixture("binary.csv"))).toMatchInlineSnapshot(
      `"文件「binary.csv」不是文本文件，无法按 CSV 读取。请确认选对了文件。"`,
    );
  });

  test("a corrupted (truncated) workbook", async () => {
    expect(await refuse(fixture("corrupted.xlsx"))).toMatchInlineSnapshot(
      `"文件「corrupted.xlsx」已损坏，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入。"`,
    );
  });

  test("a password-protected workbook", async () => {
    expect(await refuse(fixture("encrypted.xlsx"))).toMatchInlineSnapshot(
      `"文件「encrypted.xlsx」设有打开密码，无法读取。请在 Excel 或 WPS 中取消密码（或另存一份不加密的副本）后再导入。"`,
    );
  });

  test("a workbook with nothing in it", async () => {
    expect(await refuse(fixture("empty-workbook.xlsx"))).toMatchInlineSnapshot(
      `"文件「empty-workbook.xlsx」里没有任何数据。请确认选对了文件。"`,
    );
  });

  test("a CSV with 1,000 columns", async () => {
    expect(await refuse(fixture("columns-1000.csv"))).toMatchInlineSnapshot(
      `"文件「columns-1000.csv」的工作表「columns-1000」有 1,000 列，超过 500 列的上限。请只保留需要的列后再导入。"`,
    );
  });

  test("a zip bomb that inflates to 1 GiB, refused before it is unzipped", async () => {
    const bomb = buildZip([
      { name: "[Content_Types].xml", method: 0, data: new Uint8Array(10), inflatedBytes: 10 },
      { name: "xl/worksheets/sheet1.xml", method: 8, data: deflateZeros(1024), inflatedBytes: 1024 ** 3 },
    ]);
    const started = Date.now();
    const message = await refuse({
      name: "学员名单.xlsx",
      mimeType: "application/zip",
      buffer: Buffer.from(bomb),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(message).toMatchInlineSnapshot(
      `"文件「学员名单.xlsx」解压后有 1,024.1 MB，超过 256 MB 的上限，已拒绝读取。请删去无关的工作表和格式，或拆成几个文件后分别导入。"`,
    );
  });

  test("a file over the size limit, refused without reading it", async () => {
    const path = join(scratch, "太大.xlsx");
    writeFileSync(path, "");
    truncateSync(path, MAX_FILE_BYTES + 1);
    expect(await refuse(path)).toMatchInlineSnapshot(
      `"文件「太大.xlsx」有 50.1 MB，超过 50 MB 的上限。请删去无关的工作表，或拆成几个文件后分别导入。"`,
    );
  });

  test("a file type it does not read", async () => {
    const docx = { name: "通知.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") };
    expect(await refuse(docx)).toMatchInlineSnapshot(
      `"不能导入「通知.docx」：不支持 .docx 文件。请导入 Excel（.xlsx、.xls）、WPS（.et）、OpenDocument（.ods）或 CSV 文件。"`,
    );
  });
});

describe("an import stopped while its rows are being stored", () => {
  /**
   * Opens the cohort in a new tab whose Worker reports the first stored chunk to the test (and, with
   * `terminate`, kills the worker right there, as a crash would): storing 100,000 rows takes only
   * about a tenth of a second, too short to catch by watching the screen.
   */
  async function startStoring(terminate: boolean): Promise<{ tab: Page; stored: Promise<void> }> {
    const tab = await chromium.context.newPage();
    let reportStored = () => {};
    const stored = new Promise<void>((resolve) => (reportStored = resolve));
    await tab.exposeFunction("reportFirstChunkStored", () => reportStored());
    await tab.addInitScript((kill: boolean) => {
      const report = (window as unknown as { reportFirstChunkStored: () => void }).reportFirstChunkStored;
      window.Worker = class extends window.Worker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener(
            "message",
            (event: MessageEvent<{ type: string; progress?: { stage: string; done: number } }>) => {
              const { type, progress } = event.data;
              if (type !== "progress" || progress?.stage !== "storing" || progress.done !== 1) return;
              if (kill) this.terminate();
              report();
            },
          );
        }
      };
    }, terminate);
    await tab.goto(new URL(`workspace/${cohortHash}`, server.url).href, { waitUntil: "networkidle" });
    await chooseFiles(tab, [bigWorkbook]);
    await tab.getByRole("button", { name: "确认对应关系并检查数据" }).click({ timeout: 60_000 });
    await tab.getByRole("button", { name: "导入 100,000 行" }).click({ timeout: 60_000 });
    return { tab, stored };
  }

  test("leaves the database as before when the page is closed", { timeout: 120_000 }, async () => {
    const { tab, stored } = await startStoring(false);
    await stored;
    await tab.close();
    expect(await readDatabase(page)).toEqual(before);
  });

  test("leaves the database as before when the worker dies", { timeout: 120_000 }, async () => {
    const { tab, stored } = await startStoring(true);
    await stored;
    await tab.reload({ waitUntil: "networkidle" });
    expect(await readDatabase(tab)).toEqual(before);
    await tab.close();
  });
});
