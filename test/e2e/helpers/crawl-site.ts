import type { BrowserContext, Page } from "playwright-core";

/** What one page showed in the browser. */
export interface PageReport {
  /** Path below the site's base, e.g. `programs/gd-ipo-2021/` (the home page is ``). */
  path: string;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  /** `<script>` elements in the DOM plus script requests the page made. */
  scripts: number;
  lang: string;
  mainLandmarks: number;
  tablesWithoutHeaders: number;
  /** The Content-Security-Policy `<meta>` tag's content, or null when there is none. */
  csp: string | null;
  /** `#id` links on the page whose target id does not exist. */
  missingFragments: string[];
}

/** An internal URL some page links to or loads, and what the server answered. */
export interface LinkReport {
  /** Absolute URL on the test server, without its fragment. */
  url: string;
  status: number;
  linkedFrom: string[];
}

/** Every page reached and every internal URL seen. */
export interface CrawlResult {
  pages: PageReport[];
  links: LinkReport[];
}

/** What the page's DOM says about itself; computed in the browser. */
interface DomFacts {
  lang: string;
  scriptElements: number;
  mainLandmarks: number;
  tablesWithoutHeaders: number;
  csp: string | null;
  missingFragments: string[];
  anchors: string[];
  assets: string[];
}

// The built site writes absolute URLs with its SITE origin (sitemap, canonical links); the test
// server runs on another port, so both origins count as this site.
const builtOrigin = new URL(process.env.SITE ?? "http://127.0.0.1:4321").origin;

/** The URL on the test server that `href` names, or null when it points to another site. */
export function toServerUrl(href: string, serverUrl: string): URL | null {
  const url = new URL(href, serverUrl);
  const server = new URL(serverUrl);
  if (url.origin !== server.origin && url.origin !== builtOrigin) return null;
  return new URL(`${url.pathname}${url.search}`, server.origin);
}

/** Page URLs listed by the site's sitemap index and the sitemaps it names. */
export async function readSitemap(siteUrl: string): Promise<string[]> {
  const readLocs = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const xml = await response.text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(
      (m) => toServerUrl(m[1] ?? "", siteUrl)?.href ?? [],
    );
  };
  const sitemaps = await readLocs(new URL("sitemap-index.xml", siteUrl).href);
  return (await Promise.all(sitemaps.map(readLocs))).flat();
}

/**
 * Opens `siteUrl` and every page reachable from it by links (plus `extraPages`), one at a time in
 * one tab, recording what a person would notice; every internal URL is also requested once.
 */
export async function crawlSite(
  context: BrowserContext,
  siteUrl: string,
  extraPages: string[] = [],
): Promise<CrawlResult> {
  const tab = await context.newPage();
  const pages: PageReport[] = [];
  const links = new Map<string, LinkReport>();
  const queue = [siteUrl, ...extraPages];
  const queued = new Set(queue);
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    const { report, facts } = await visitPage(tab, url, siteUrl);
    pages.push(report);
    for (const href of [...facts.anchors, ...facts.assets]) {
      const target = toServerUrl(href, siteUrl);
      if (target === null) continue;
      const link = await checkLink(links, target.href);
      if (!link.linkedFrom.includes(report.path)) link.linkedFrom.push(report.path);
      const isPage = facts.anchors.includes(href) && link.status === 200 && target.pathname.endsWith("/");
      if (isPage && !queued.has(target.href)) {
        queued.add(target.href);
        queue.push(target.href);
      }
    }
  }
  await tab.close();
  return { pages, links: [...links.values()] };
}

async function visitPage(tab: Page, url: string, siteUrl: string) {
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  let scriptRequests = 0;
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  };
  const onPageError = (error: Error) => consoleErrors.push(error.message);
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) =>
    failedRequests.push(`${r.url()} ${r.failure()?.errorText ?? ""}`);
  const onResponse = (r: { url(): string; status(): number }) => {
    if (r.status() >= 400) failedRequests.push(`${r.url()} HTTP ${r.status()}`);
  };
  const onRequest = (r: { resourceType(): string }) => {
    if (r.resourceType() === "script") scriptRequests += 1;
  };
  tab.on("console", onConsole);
  tab.on("pageerror", onPageError);
  tab.on("requestfailed", onFailed);
  tab.on("response", onResponse);
  tab.on("request", onRequest);
  // Wait for the network to go quiet: Chromium fetches the favicon after `load`, and leaving
  // the page earlier would abort that request and report it as failed.
  const response = await tab.goto(url, { waitUntil: "networkidle" });
  const facts = await tab.evaluate(readDomFacts);
  tab.off("console", onConsole);
  tab.off("pageerror", onPageError);
  tab.off("requestfailed", onFailed);
  tab.off("response", onResponse);
  tab.off("request", onRequest);
  const report: PageReport = {
    path: new URL(url).pathname.slice(new URL(siteUrl).pathname.length),
    status: response?.status() ?? 0,
    consoleErrors,
    failedRequests,
    scripts: facts.scriptElements + scriptRequests,
    lang: facts.lang,
    mainLandmarks: facts.mainLandmarks,
    tablesWithoutHeaders: facts.tablesWithoutHeaders,
    csp: facts.csp,
    missingFragments: facts.missingFragments,
  };
  return { report, facts };
}

/** Runs in the page: reads landmarks, tables, scripts, the CSP tag and every URL the page names. */
function readDomFacts(): DomFacts {
  const all = (selector: string) => [...document.querySelectorAll(selector)];
  const here = `${location.origin}${location.pathname}`;
  const anchors = all("a[href]").map((a) => (a as HTMLAnchorElement).href);
  const samePageFragments = anchors
    .map((href) => new URL(href))
    .filter((u) => `${u.origin}${u.pathname}` === here && u.hash.length > 1)
    .map((u) => decodeURIComponent(u.hash.slice(1)));
  const srcsets = all("[srcset]").flatMap((el) =>
    (el.getAttribute("srcset") ?? "")
      .split(",")
      .map((part) => new URL(part.trim().split(/\s+/)[0] ?? "", here).href),
  );
  return {
    lang: document.documentElement.lang,
    scriptElements: all("script").length,
    mainLandmarks: all("main, [role=main]").length,
    tablesWithoutHeaders: all("table").filter((t) => t.querySelector("th") === null).length,
    csp:
      document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute("content") ?? null,
    missingFragments: samePageFragments.filter((id) => document.getElementById(id) === null),
    anchors: anchors.filter((href) => href.startsWith("http")),
    assets: [
      ...all("link[href]").map((l) => (l as HTMLLinkElement).href),
      ...all("img[src], script[src], source[src], iframe[src]").map((e) => (e as HTMLImageElement).src),
      ...srcsets,
    ],
  };
}

async function checkLink(links: Map<string, LinkReport>, href: string): Promise<LinkReport> {
  const url = new URL(href);
  url.hash = "";
  const known = links.get(url.href);
  if (known) return known;
  const response = await fetch(url, { method: "HEAD", redirect: "manual" });
  const link: LinkReport = { url: url.href, status: response.status, linkedFrom: [] };
  links.set(url.href, link);
  return link;
}
