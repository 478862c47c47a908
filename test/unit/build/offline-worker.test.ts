import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listOfflineFiles, writeOfflineWorker } from "../../../scripts/offline-worker.ts";

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), "zhipei-dist-"));
  for (const dir of ["_astro", "workspace/certificates", "programs/gd-ipo-2021"])
    mkdirSync(join(dist, dir), { recursive: true });
  for (const file of [
    "_astro/WorkspaceApp.abc.js",
    "_astro/import.worker-xyz.js",
    "workspace/index.html",
    "workspace/certificates/index.html",
    "programs/gd-ipo-2021/index.html",
    "index.html",
    "favicon.svg",
  ])
    writeFileSync(join(dist, file), file);
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

const silent = { info: () => undefined };

/** The URL list the written worker caches. */
function readCachedUrls(): string[] {
  const source = readFileSync(join(dist, "offline-worker.js"), "utf8");
  return JSON.parse(/const urls = (\[.*\]);/.exec(source)?.[1] ?? "[]") as string[];
}

describe("the offline worker", () => {
  it("caches the workspace pages and every built asset, but no public page", () => {
    expect(listOfflineFiles(dist)).toEqual([
      "_astro/WorkspaceApp.abc.js",
      "_astro/import.worker-xyz.js",
      "favicon.svg",
      "workspace/certificates/index.html",
      "workspace/index.html",
    ]);
  });

  it("names pages by their directory URL under the base path", () => {
    writeOfflineWorker(pathToFileURL(`${dist}/`), "/zhipei", silent);
    expect(readCachedUrls()).toContain("/zhipei/workspace/");
    expect(readCachedUrls()).toContain("/zhipei/_astro/import.worker-xyz.js");
  });

  it("gets a new cache name when a cached file changes", () => {
    const cacheName = () =>
      /const cacheName = prefix \+ "(\w+)"/.exec(readFileSync(join(dist, "offline-worker.js"), "utf8"))?.[1];
    writeOfflineWorker(pathToFileURL(`${dist}/`), "/", silent);
    const before = cacheName();
    writeFileSync(join(dist, "workspace/index.html"), "changed");
    writeOfflineWorker(pathToFileURL(`${dist}/`), "/", silent);
    expect(cacheName()).not.toBe(before);
  });
});
