/**
 * What the browser says about keeping the workspace: whether its storage is
 * persistent (not erased under pressure, or after seven days without a visit
 * in Safari) and how much space it uses. Not Dexie, but it is about the same
 * data, so it lives beside the database.
 */

/** Persistence and usage as the browser reports them; `undefined` where the browser does not say. */
export interface StorageStatus {
  persisted: boolean | undefined;
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
}

/** Reads the current persistence and usage without asking the person anything. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted() : undefined,
    storage?.estimate ? storage.estimate() : undefined,
  ]);
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

/** Asks the browser to keep the workspace's data; the answer is whether it agreed (undefined: cannot ask). */
export async function requestPersistence(): Promise<boolean | undefined> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return undefined;
  if (await storage.persisted()) return true;
  return storage.persist();
}
