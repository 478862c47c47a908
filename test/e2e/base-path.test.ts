import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadPrograms } from "../unit/helpers/load-programs.ts";
import { crawlSite, type CrawlResult } from "./helpers/crawl-site.ts";
import { launchChromium, type LaunchedChromium } from "./helpers/launch-chromium.ts";
import { serveBuiltSite } from "./helpers/serve-built-site.ts";
import type { RunningServer } from "../../scripts/serve.ts";

// GitHub Pages serves a project site under /<repository>/; this is the README's example.
const base = "/zhipei/";
const slugs = [...loadPrograms().keys()];

// Vitest puts Vite's import.meta.env into process.env; a build that inherited BASE_URL=/ and
// NODE_ENV=test would ignore BASE and build in the wrong mode.
const vitestEnv = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !vitestEnv.has(key) && !key.startsWith("VITEST")),
);

let outDir: string;
let server: RunningServer;
let chromium: LaunchedChromium;
let crawl: CrawlResult;

beforeAll(async () => {
  // A second build (about as long as the first) into a temporary folder: dist/ stays the root build.
  outDir = await mkdtemp(join(tmpdir(), "zhipei-base-"));
  const build = spawnSync("npm", ["run", "build", "--", "--outDir", outDir], {
    env: { ...buildEnv, BASE: base },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`BASE=${base} 构建失败：\n${build.stdout}\n${build.stderr}`);
  server = await serveBuiltSite(outDir, base);
  chromium = await launchChromium();
  crawl = await crawlSite(chromium.context, server.url);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe(`the site built with BASE=${base} and served under that path`, () => {
  test("links from the home page reach every program page and the course catalogue", () => {
    const reached = crawl.pages.map((p) => p.path);
    expect(reached).toEqual(
      expect.arrayContaining(["courses/", ...slugs.map((slug) => `programs/${slug}/`)]),
    );
  });

  test("every internal link and asset stays under the base path and answers 200", () => {
    const broken = crawl.links.filter((l) => l.status !== 200).map((l) => [l.status, l.url, l.linkedFrom]);
    expect(broken).toEqual([]);
  });

  test("no page has a failed request", () => {
    expect(
      crawl.pages.filter((p) => p.failedRequests.length > 0).map((p) => [p.path, p.failedRequests]),
    ).toEqual([]);
  });
});
