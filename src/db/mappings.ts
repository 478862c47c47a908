/** Remembered header mappings, keyed by program and the file's normalised headers. */
import type { ZhipeiDatabase } from "./database.ts";

/** The key under which a mapping is remembered. */
export function mappingSignature(programSlug: string, headers: readonly string[]): string {
  return `${programSlug}\u0000${headers.join("\u0001")}`;
}

/** Saves the mapping a person confirmed for these headers. */
export async function rememberMapping(
  db: ZhipeiDatabase,
  signature: string,
  mapping: Record<string, string>,
  now = Date.now(),
): Promise<void> {
  await db.mappings.put({ signature, mapping, savedAt: now });
}

/** The mapping confirmed last time for the same headers, if any. */
export async function recallMapping(
  db: ZhipeiDatabase,
  signature: string,
): Promise<Record<string, string> | undefined> {
  return (await db.mappings.get(signature))?.mapping;
}
