import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "../../../scripts/serve.ts";

/** The folder `npm run build` writes. */
export const distDir = fileURLToPath(new URL("../../../dist/", import.meta.url));

/**
 * Serves an already built site on a free port of 127.0.0.1. The tests never build the default
 * site themselves (`npm test` does, once), so a missing build is an error, not a reason to skip.
 */
export async function serveBuiltSite(root = distDir, base = process.env.BASE ?? "/"): Promise<RunningServer> {
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root} 里没有构建好的站点：先运行 npm run build（npm test 会自动构建）。`);
  return startServer({ root, base, port: 0 });
}
