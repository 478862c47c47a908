import { afterAll, beforeAll } from "vitest";
import type { RunningServer } from "../../../scripts/serve.ts";
import { launchChromium, type LaunchedChromium } from "./launch-chromium.ts";
import { serveBuiltSite } from "./serve-built-site.ts";

/** The built site on 127.0.0.1 and one Chromium, shared by the tests of a file. */
export interface SiteSession {
  server: RunningServer;
  chromium: LaunchedChromium;
}

/** Serves dist/ and launches Chromium before the file's first test, and closes both after its last. */
export function openSiteSession(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.server = await serveBuiltSite();
    session.chromium = await launchChromium();
  });
  afterAll(async () => {
    await session.chromium?.close();
    await session.server?.close();
  });
  return session;
}
