// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { PAGE_CSP_DIRECTIVES } from "./src/layouts/content-security-policy.ts";
import { reportWorkspaceBundle } from "./scripts/report-bundle.ts";
import { writeOfflineWorker } from "./scripts/offline-worker.ts";

// SITE and BASE let one build serve from a domain root or a sub-path such as /zhipei/.
const site = process.env.SITE ?? "http://127.0.0.1:4321";
const base = process.env.BASE ?? "/";

/** The public pages' directives but script-src and style-src, which Astro writes with its hashes. */
const otherDirectives = PAGE_CSP_DIRECTIVES.filter(
  /**
   * @param {(typeof PAGE_CSP_DIRECTIVES)[number]} d
   * @returns {d is Exclude<(typeof PAGE_CSP_DIRECTIVES)[number], `script-src ${string}` | `style-src ${string}`>}
   */
  (d) => !/^(script|style)-src /.test(d),
);

// The workspace and its pages are private: left out of the sitemap (and marked noindex).
const isPublic = (/** @type {string} */ page) => !new URL(page).pathname.includes("/workspace/");

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  integrations: [
    preact(),
    sitemap({ filter: isPublic }),
    {
      name: "zhipei:report-bundle",
      hooks: { "astro:build:done": ({ dir, logger }) => reportWorkspaceBundle(dir, logger) },
    },
    {
      name: "zhipei:offline-worker",
      hooks: { "astro:build:done": ({ dir, logger }) => writeOfflineWorker(dir, base, logger) },
    },
  ],
  build: { inlineStylesheets: "never" },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // zod and src/islands/zod-jitless.ts share a chunk, so `z.config({ jitless: true })` runs when zod
          // loads, before any schema module in the islands' shared chunk probes `new Function` (a CSP report).
          manualChunks: (/** @type {string} */ id) =>
            /[\\/]node_modules[\\/]zod[\\/]|[\\/]zod-jitless\.ts$/.test(id) ? "zod" : undefined,
        },
      },
    },
  },
  // Astro writes a CSP <meta> on every page with the hashes of its inline hydration scripts: the only
  // way the workspace's islands run under a policy without 'unsafe-inline'. Public pages keep their own
  // (stricter) tag from BaseLayout as well, and both policies apply. Astro sets script-src and style-src.
  security: {
    csp: {
      directives: otherDirectives,
    },
  },
});
