import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadPrograms } from "../unit/helpers/load-programs.ts";
import { crawlSite, readSitemap, type CrawlResult } from "./helpers/crawl-site.ts";
import { launchChromium, type LaunchedChromium } from "./helpers/launch-chromium.ts";
import { serveBuiltSite } from "./helpers/serve-built-site.ts";
import type { RunningServer } from "../../scripts/serve.ts";

const slugs = [...loadPrograms().keys()];

let server: RunningServer;
let chromium: LaunchedChromium;
let sitemap: string[];
let crawl: CrawlResult;

beforeAll(async () => {
  server = await serveBuiltSite();
  chromium = await launchChromium();
  sitemap = await readSitemap(server.url);
  crawl = await crawlSite(chromium.context, server.url, sitemap);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** Paths of the pages for which `isWrong` holds, so a failure names them. */
function pagesWhere(isWrong: (page: CrawlResult["pages"][number]) => boolean): string[] {
  return crawl.pages.filter(isWrong).map((p) => p.path || "(首页)");
}

describe("the public site, built and served on 127.0.0.1", () => {
  test("the sitemap lists the home page, the course catalogue and every program page", () => {
    const expected = ["", "courses/", ...slugs.map((slug) => `programs/${slug}/`)].map(
      (path) => new URL(path, server.url).href,
    );
    expect(sitemap).toEqual(expect.arrayContaining(expected));
  });

  test("links from the home page reach every program page and the course catalogue", () => {
    const reached = crawl.pages.map((p) => p.path);
    expect(reached).toEqual(
      expect.arrayContaining(["courses/", ...slugs.map((slug) => `programs/${slug}/`)]),
    );
  });

  test("every page answers 200", () => {
    expect(pagesWhere((p) => p.status !== 200)).toEqual([]);
  });

  test("no page logs a console error", () => {
    expect(
      crawl.pages.filter((p) => p.consoleErrors.length > 0).map((p) => [p.path, p.consoleErrors]),
    ).toEqual([]);
  });

  test("no page has a failed request", () => {
    expect(
      crawl.pages.filter((p) => p.failedRequests.length > 0).map((p) => [p.path, p.failedRequests]),
    ).toEqual([]);
  });

  test("no public page has a script element or loads JavaScript", () => {
    // The header links to the workspace, the one page with JavaScript; it is private, not public.
    expect(pagesWhere((p) => p.scripts > 0 && !p.path.startsWith("workspace/"))).toEqual([]);
  });

  test("every internal link and asset answers 200", () => {
    const broken = crawl.links.filter((l) => l.status !== 200).map((l) => [l.status, l.url, l.linkedFrom]);
    expect(broken).toEqual([]);
  });

  test("every in-page link points to an element that exists", () => {
    expect(
      crawl.pages.filter((p) => p.missingFragments.length > 0).map((p) => [p.path, p.missingFragments]),
    ).toEqual([]);
  });

  test("every page declares Simplified Chinese", () => {
    expect(pagesWhere((p) => p.lang !== "zh-CN")).toEqual([]);
  });

  test("every page has exactly one main landmark", () => {
    expect(pagesWhere((p) => p.mainLandmarks !== 1)).toEqual([]);
  });

  test("every table has header cells", () => {
    expect(pagesWhere((p) => p.tablesWithoutHeaders > 0)).toEqual([]);
  });

  test("every page carries a strict Content-Security-Policy meta tag", () => {
    const isStrict = (csp: string | null) =>
      csp !== null && csp.includes("default-src 'self'") && !/'unsafe-(inline|eval)'/.test(csp);
    expect(pagesWhere((p) => !isStrict(p.csp))).toEqual([]);
  });
});
