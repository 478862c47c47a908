/**
 * A small static server for the built site (`npm run preview`, and the browser tests). It serves
 * dist/ under the base path the site was built for, the way GitHub Pages would: directories answer
 * with their index.html, a missing file with the site's 404 page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";

/** Content types of every kind of file the build writes. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};

/** Where and what to serve. */
export interface ServeOptions {
  /** Folder holding the built site. */
  root: string;
  /** URL path the site was built for (Astro's `base`), e.g. `/` or `/zhipei/`. */
  base: string;
  /** 0 picks a free port. */
  port: number;
}

/** A running server: its URL (ending in the base path) and a way to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts serving `root` on 127.0.0.1; resolves once the port is open. */
export async function startServer({ root, base, port }: ServeOptions): Promise<RunningServer> {
  const rootDir = resolve(root);
  const basePath = normalizeBase(base);
  const server = createServer((request, response) => {
    respond(rootDir, basePath, request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", done);
  });
  const { port: openPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${openPort}${basePath}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}

/** `zhipei`, `/zhipei` and `/zhipei/` all mean `/zhipei/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

async function respond(
  rootDir: string,
  basePath: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { allow: "GET, HEAD" });
    response.end();
    return;
  }
  const { pathname, search } = new URL(request.url ?? "/", "http://localhost");
  if (pathname === "/" && basePath !== "/") {
    redirect(response, basePath);
    return;
  }
  if (!pathname.startsWith(basePath) && `${pathname}/` !== basePath) {
    await sendNotFound(rootDir, request, response);
    return;
  }
  const file = filePath(rootDir, pathname.slice(basePath.length));
  const found = file === null ? null : await stat(file).catch(() => null);
  if (file === null || found === null) {
    await sendNotFound(rootDir, request, response);
    return;
  }
  if (found.isDirectory()) {
    // Relative links inside an index page only work from a URL that ends in a slash.
    if (!pathname.endsWith("/")) redirect(response, `${pathname}/${search}`);
    else await sendFile(rootDir, join(file, "index.html"), request, response);
    return;
  }
  await sendFile(rootDir, file, request, response);
}

/** The file a URL path names, or null when the decoded path would leave the root. */
function filePath(rootDir: string, relativeUrlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativeUrlPath);
  } catch {
    return null;
  }
  const file = normalize(join(rootDir, decoded));
  return file === rootDir || file.startsWith(rootDir + sep) ? file : null;
}

async function sendFile(rootDir: string, file: string, request: IncomingMessage, response: ServerResponse) {
  const body = await readFile(file).catch(() => null);
  if (body === null) {
    await sendNotFound(rootDir, request, response);
    return;
  }
  response.writeHead(200, {
    "content-type": contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": body.byteLength,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

async function sendNotFound(rootDir: string, request: IncomingMessage, response: ServerResponse) {
  const page = await readFile(join(rootDir, "404.html")).catch(() => Buffer.from("404 未找到页面"));
  response.writeHead(404, { "content-type": "text/html; charset=utf-8", "content-length": page.byteLength });
  response.end(request.method === "HEAD" ? undefined : page);
}

function redirect(response: ServerResponse, location: string) {
  response.writeHead(301, { location });
  response.end();
}

if (import.meta.main) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE ?? "/";
  const { url } = await startServer({ root: join(import.meta.dirname, "..", "dist"), base, port });
  console.log(`知培站点已启动：${url}（按 Ctrl+C 停止）`);
  console.log(`工作台：${url}workspace/ ，点「载入示例批次」即可看到一期示例学员的成绩、图表和导出。`);
}
