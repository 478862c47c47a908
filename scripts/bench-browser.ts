/**
 * Pieces the browser benchmarks share (bench:import, bench:workspace):
 * SheetJS's bare read of a file in the same Chromium, the long-task
 * recorder, and how figures are printed.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { LaunchedChromium } from "../test/e2e/helpers/launch-chromium.ts";

const sheetJs = join(import.meta.dirname, "..", "node_modules/@e965/xlsx/dist/xlsx.full.min.js");

/** The middle value (the upper one of an even count). */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
/** "1,234 ms". */
export const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
/** "12 MB". */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** SheetJS's bare read of the file on a fresh blank page of the same browser (so SheetJS starts cold, as in each import's worker), in ms. */
export async function timeBareRead(chromium: LaunchedChromium, bytes: Buffer): Promise<number> {
  const page = await chromium.context.newPage();
  // A made-up origin answered by the bench itself, so the page can fetch the file without a server.
  await page.route("http://bench.invalid/**", (route) =>
    route.fulfill(
      route.request().url().endsWith(".xlsx")
        ? { body: bytes, contentType: "application/octet-stream" }
        : { body: "<!doctype html><title>bench</title>", contentType: "text/html" },
    ),
  );
  await page.goto("http://bench.invalid/");
  await page.addScriptTag({ path: sheetJs });
  const elapsed = await page.evaluate(async () => {
    const data = new Uint8Array(await (await fetch("/file.xlsx")).arrayBuffer());
    const XLSX = (globalThis as unknown as { XLSX: { read(d: Uint8Array, o: object): unknown } }).XLSX;
    const start = performance.now();
    XLSX.read(data, { type: "array", dense: true, cellStyles: false, cellHTML: false, cellText: false });
    return performance.now() - start;
  });
  await page.close();
  return elapsed;
}

/** Records every main-thread long task (> 50 ms) of the page from its first script into `globalThis.longTasks`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  });
}

/** Forgets the long tasks recorded so far. */
export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { longTasks: number[] }).longTasks.length = 0;
  });
}

/** The longest task recorded since the last clear, in ms (0: none over 50 ms). */
export async function readLongestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(globalThis as unknown as { longTasks: number[] }).longTasks));
}
