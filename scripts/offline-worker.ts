/**
 * The workspace's service worker, written into the build after every build:
 * it precaches the workspace pages and every built asset (their chunks,
 * lazily loaded SheetJS and Chart.js, the workers), and answers cache-first
 * for same-origin GETs of exactly those; every other request passes by
 * untouched. Its cache name is a hash of the files' bytes, so a new build
 * brings a new worker that replaces the old cache.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** The worker's file name, at the root of the base path (its scope is the whole base path). */
export const OFFLINE_WORKER_FILE = "offline-worker.js";

/** What the worker caches: built file paths, relative to the build directory, with `/` separators. */
export function listOfflineFiles(distDir: string): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : [relative(distDir, join(dir, e.name)).split(sep).join("/")],
    );
  const workspacePages = files(join(distDir, "workspace")).filter((f) => f.endsWith("/index.html"));
  return [...workspacePages, ...files(join(distDir, "_astro")), "favicon.svg"].sort();
}

/** The worker's source for these files under `base` (e.g. "/" or "/zhipei/"), versioned by `version`. */
export function renderOfflineWorker(base: string, files: string[], version: string): string {
  // A page is fetched by its directory URL (trailingSlash: "always"), not by index.html.
  const urls = files.map((f) => `${base}${f.replace(/(^|\/)index\.html$/, "$1")}`);
  return `// Written by scripts/offline-worker.ts at build time: the workspace, offline once visited.
const prefix = "zhipei-offline-";
const cacheName = prefix + ${JSON.stringify(version)};
const urls = ${JSON.stringify(urls)};
const known = new Set(urls);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(urls)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || !known.has(url.pathname)) return;
  // The query (e.g. ?cohort=… on the certificates page) does not change the file.
  event.respondWith(
    caches.match(url.pathname, { cacheName }).then((hit) => hit ?? fetch(event.request)),
  );
});
`;
}

/** Writes the worker into the build at `dir`; called by an integration in astro.config.mjs. */
export function writeOfflineWorker(
  dir: URL,
  base: string,
  logger: { info: (message: string) => void },
): void {
  const distDir = fileURLToPath(dir);
  const files = listOfflineFiles(distDir);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(distDir, file)));
  const root = base.endsWith("/") ? base : `${base}/`;
  writeFileSync(
    join(distDir, OFFLINE_WORKER_FILE),
    renderOfflineWorker(root, files, hash.digest("hex").slice(0, 16)),
  );
  logger.info(`离线缓存：${files.length} 个文件写入 ${OFFLINE_WORKER_FILE}`);
}
