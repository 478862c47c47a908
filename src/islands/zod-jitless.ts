/**
 * Imported first by the workspace island: zod 4 probes `new Function` when a
 * schema is created, which the page's CSP (no 'unsafe-eval') reports as a
 * script-src violation; jitless mode skips the probe. Must run before any
 * schema module is evaluated. https://zod.dev/packages/core#jitless
 */
import { z } from "zod";

z.config({ jitless: true });
