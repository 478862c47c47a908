// @ts-check
import { defineConfig } from "astro/config";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";

// SITE and BASE let one build serve from a domain root or a sub-path such as /zhipei/.
const site = process.env.SITE ?? "http://127.0.0.1:4321";
const base = process.env.BASE ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  integrations: [preact(), sitemap()],
  build: { inlineStylesheets: "never" },
});
