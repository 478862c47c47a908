/**
 * The workspace page's state outside the wizard: the cohorts in this
 * browser, the one being worked on, its import history, and what the browser
 * says about keeping the data. Lists are live queries, so an import stored by
 * the worker or an undo shows without a reload.
 */
import { computed, effect, signal } from "@preact/signals";
import type { Cohort, ImportRecord } from "../core/workspace/workspace-schema.ts";
import { createCohort, listCohorts, type NewCohort } from "../db/cohorts.ts";
import type { ZhipeiDatabase } from "../db/database.ts";
import { listImports, undoImport } from "../db/imports.ts";
import { describeStorageError } from "../db/storage-errors.ts";
import { readStorageStatus, requestPersistence, type StorageStatus } from "../db/storage.ts";
import { watchQuery } from "../db/watch-query.ts";

/** What asking for persistent storage gave: not asked yet, or the browser's answer (undefined: cannot ask). */
export type PersistenceAnswer = { asked: false } | { asked: true; granted: boolean | undefined };

/** The workspace's state and actions. */
export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** Creates the store over an open database; call `start()` in the browser to begin watching. */
export function createWorkspaceStore(db: ZhipeiDatabase) {
  const cohorts = signal<Cohort[] | null>(null);
  const selectedId = signal<string | null>(null);
  const imports = signal<ImportRecord[]>([]);
  const storage = signal<StorageStatus | null>(null);
  const persistence = signal<PersistenceAnswer>({ asked: false });
  const error = signal<string | null>(null);
  const selected = computed(() => cohorts.value?.find((c) => c.id === selectedId.value) ?? null);

  function fail(cause: unknown): void {
    error.value = describeStorageError(cause, "本次操作");
  }

  async function refreshStorage(): Promise<void> {
    storage.value = await readStorageStatus();
  }

  return {
    cohorts,
    selectedId,
    selected,
    imports,
    storage,
    persistence,
    error,

    /** Starts the live queries; returns the function that stops them. */
    start(): () => void {
      const stopCohorts = watchQuery(
        () => listCohorts(db),
        (value) => (cohorts.value = value),
        fail,
      );
      let stopImports = () => {};
      const stopEffect = effect(() => {
        stopImports();
        const id = selectedId.value;
        imports.value = [];
        stopImports = id
          ? watchQuery(
              () => listImports(db, id),
              (value) => (imports.value = value),
              fail,
            )
          : () => {};
      });
      refreshStorage().catch(fail);
      return () => {
        stopCohorts();
        stopEffect();
        stopImports();
      };
    },

    /** Shows one cohort, or the list when `id` is null. */
    select(id: string | null): void {
      selectedId.value = id;
    },

    /** Creates a cohort that follows the program's published rules and returns it. */
    async addCohort(input: NewCohort): Promise<Cohort | undefined> {
      try {
        return await createCohort(db, input);
      } catch (cause) {
        fail(cause);
        return undefined;
      }
    },

    /** Removes one import and its rows. */
    async undo(importId: string): Promise<void> {
      try {
        await undoImport(db, importId);
        await refreshStorage();
      } catch (cause) {
        fail(cause);
      }
    },

    /** After an import: asks once for persistent storage (Safari erases a site's data after 7 days unvisited) and re-reads usage. */
    async afterImport(): Promise<void> {
      try {
        if (!persistence.value.asked)
          persistence.value = { asked: true, granted: await requestPersistence() };
        await refreshStorage();
      } catch (cause) {
        fail(cause);
      }
    },
  };
}
