/**
 * The JavaScript the workspace page loads before a file is chosen, gzipped:
 * its inline hydration scripts, the island and renderer modules `client:load`
 * imports at once, and every module they import statically. Dynamic imports
 * and the import worker (SheetJS, validation) load later and are not counted.
 * Run after every build by an integration in astro.config.mjs, which fails
 * the build when the figure is over budget.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget from issue 5: under 120 KB gzipped before a file is chosen. */
export const WORKSPACE_JS_BUDGET_BYTES = 120 * 1024;

/** What the workspace page loads up front, file by file. */
export interface BundleReport {
  files: { name: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; not `import("./x.js")`.
const staticImport = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Measures the workspace page of the build in `distDir`. */
export function measureWorkspaceBundle(distDir: string): BundleReport {
  const html = readFileSync(`${distDir}/workspace/index.html`, "utf8");
  const files: BundleReport["files"] = [];
  for (const [i, match] of [
    ...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
  ].entries()) {
    const body = match[1] ?? "";
    files.push({ name: `（内联脚本 ${i + 1}）`, bytes: Buffer.byteLength(body), gzipBytes: gzipSize(body) });
  }
  const entries = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => assetPath(distDir, m[1] ?? ""));
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    files.push({
      name: file.slice(distDir.length),
      bytes: Buffer.byteLength(code),
      gzipBytes: gzipSize(code),
    });
    for (const m of code.matchAll(staticImport))
      queue.push(fileURLToPath(new URL(m[1] ?? "", `file://${file}`)));
  }
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

// Page URLs carry the base path (/zhipei/_astro/x.js); every bundled file lives in dist/_astro/.
function assetPath(distDir: string, url: string): string {
  const at = url.indexOf("_astro/");
  if (at < 0) throw new Error(`工作台页面引用了 _astro/ 以外的脚本：${url}`);
  return `${distDir}/${url.slice(at)}`;
}

/** Prints the figure after a build; throws (failing the build) when it is over budget. */
export function reportWorkspaceBundle(dir: URL, logger: { info(message: string): void }): void {
  const distDir = fileURLToPath(dir).replace(/\/$/, "");
  const report = measureWorkspaceBundle(distDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = report.files.map((f) => `  ${kb(f.gzipBytes).padStart(9)}  ${f.name}`);
  logger.info(
    `工作台首屏 JavaScript（选择文件之前）：${report.files.length} 个文件，gzip 后共 ${kb(report.gzipBytes)}，上限 ${kb(WORKSPACE_JS_BUDGET_BYTES)}\n${lines.join("\n")}`,
  );
  if (report.gzipBytes >= WORKSPACE_JS_BUDGET_BYTES)
    throw new Error(
      `工作台首屏 JavaScript 为 ${kb(report.gzipBytes)}（gzip），超过 ${kb(WORKSPACE_JS_BUDGET_BYTES)} 的上限。`,
    );
}
