/**
 * The workspace's housekeeping: loading a demo cohort, backing up, restoring
 * and clearing everything. Restore and clear take two steps (choose, then
 * confirm), because both replace every cohort in this browser.
 */
import { signal } from "@preact/signals";
import { BackupError } from "../../core/backup/backup-error.ts";
import type { BackupNudge } from "../../core/backup/backup-nudge.ts";
import type { ZhipeiDatabase } from "../../db/database.ts";
import { storeDemoCohort } from "../../db/demo.ts";
import {
  clearWorkspace,
  exportWorkspace,
  readBackupNudge,
  readLastBackupAt,
  restoreWorkspace,
  type WorkspaceBackup,
} from "../../db/backup.ts";
import { toDemoProgram, type WorkspaceProgram } from "../workspace-program.ts";
import { describeStorageError } from "../../db/storage-errors.ts";

/** Trainees in a demo cohort: enough to show every outcome, tier and a tie at a cut. */
export const DEMO_SIZE = 200;
const demoSeed = 1;

/** Where a restore stands: nothing chosen, a file waiting for its passphrase, or waiting for the confirm. */
export type RestoreStep =
  | { kind: "idle" }
  | { kind: "passphrase"; file: Blob }
  | { kind: "confirm"; file: Blob; passphrase: string | undefined };

/** The ops store's state and actions. */
export type OpsStore = ReturnType<typeof createOpsStore>;

/** What the store needs from the page: its database, a way to save a file, and what to do once data changed. */
export interface OpsDependencies {
  db: ZhipeiDatabase;
  save: (backup: WorkspaceBackup) => void;
  /** Called with the demo cohort's id once it is stored. */
  openCohort: (cohortId: string) => void;
  /** Called after a restore or a clear, so the page forgets the cohort it showed. */
  afterReplace: () => void;
}

/** Creates the store; call `refresh()` once in the browser to read the backup status. */
export function createOpsStore({ db, save, openCohort, afterReplace }: OpsDependencies) {
  const busy = signal<"demo" | "backup" | "restore" | "clear" | null>(null);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const lastBackupAt = signal<number | null>(null);
  const nudge = signal<BackupNudge | null>(null);
  const restore = signal<RestoreStep>({ kind: "idle" });
  const confirmingClear = signal(false);

  async function run(kind: NonNullable<typeof busy.value>, work: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = kind;
    error.value = null;
    notice.value = null;
    try {
      await work();
    } catch (cause) {
      // A refused backup already says, in full, what is wrong with the file.
      error.value = cause instanceof BackupError ? cause.message : describeStorageError(cause, "本次操作");
    } finally {
      busy.value = null;
    }
    await refresh().catch(() => undefined);
  }

  async function refresh(): Promise<void> {
    lastBackupAt.value = await readLastBackupAt(db);
    nudge.value = await readBackupNudge(db);
  }

  return {
    busy,
    error,
    notice,
    lastBackupAt,
    nudge,
    restore,
    confirmingClear,
    refresh,

    /** Generates the program's demo (code loaded on first use), stores it as a new cohort and opens it. */
    loadDemo(program: WorkspaceProgram): Promise<void> {
      return run("demo", async () => {
        const { makeDemoCohort } = await import("../../core/demo/make-demo-cohort.ts");
        const cohort = await storeDemoCohort(db, {
          programSlug: program.slug,
          name: `示例：${program.shortTitle}`,
          seed: demoSeed,
          demo: makeDemoCohort(toDemoProgram(program), { size: DEMO_SIZE, seed: demoSeed }),
          sheets: new Map(program.templates.map((t) => [t.id, t])),
        });
        openCohort(cohort.id);
      });
    },

    /** Writes the whole workspace into one file (encrypted when a passphrase is given) and offers it. */
    backUp(passphrase: string): Promise<void> {
      return run("backup", async () => {
        const backup = await exportWorkspace(db, { passphrase: passphrase || undefined });
        save(backup);
        notice.value = `已导出备份「${backup.fileName}」。`;
      });
    },

    /** Takes a backup file and asks to confirm the replacement. */
    chooseRestoreFile(file: Blob): void {
      error.value = null;
      notice.value = null;
      restore.value = { kind: "confirm", file, passphrase: undefined };
    },

    /** Gives the passphrase the chosen file needs, then asks to confirm again. */
    givePassphrase(passphrase: string): void {
      const step = restore.value;
      if (step.kind === "idle") return;
      restore.value = { kind: "confirm", file: step.file, passphrase };
    },

    /** Replaces the workspace with the chosen backup; asks for a passphrase when the file says it needs one. */
    confirmRestore(): Promise<void> {
      const step = restore.value;
      if (step.kind !== "confirm") return Promise.resolve();
      return run("restore", async () => {
        try {
          const restored = await restoreWorkspace(db, step.file, { passphrase: step.passphrase });
          restore.value = { kind: "idle" };
          afterReplace();
          notice.value = `已从备份恢复 ${restored.counts.cohorts} 个批次。`;
        } catch (cause) {
          const needsPassphrase =
            cause instanceof BackupError &&
            (cause.problem === "passphrase-needed" || cause.problem === "passphrase-wrong");
          restore.value = needsPassphrase ? { kind: "passphrase", file: step.file } : { kind: "idle" };
          throw cause;
        }
      });
    },

    /** Drops the chosen backup file. */
    cancelRestore(): void {
      restore.value = { kind: "idle" };
    },

    /** Asks to confirm (true) or stops asking (false) before everything is cleared. */
    askClear(asking: boolean): void {
      confirmingClear.value = asking;
    },

    /** Empties every table, once the person was asked (askClear) and confirmed. */
    confirmClear(): Promise<void> {
      if (!confirmingClear.value) return Promise.resolve();
      return run("clear", async () => {
        await clearWorkspace(db);
        confirmingClear.value = false;
        afterReplace();
        notice.value = "已清除本浏览器中的全部工作台数据。";
      });
    },
  };
}
