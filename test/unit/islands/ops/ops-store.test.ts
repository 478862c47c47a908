import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase, type ZhipeiDatabase } from "../../../../src/db/database.ts";
import type { WorkspaceBackup } from "../../../../src/db/backup.ts";
import { createOpsStore } from "../../../../src/islands/ops/ops-store.ts";
import { toWorkspaceProgram } from "../../../../src/islands/workspace-program.ts";
import { loadProgram } from "../../../../scripts/load-program.ts";

let db: ZhipeiDatabase;
beforeEach(() => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const gd = toWorkspaceProgram("gd-ipo-2021", loadProgram("gd-ipo-2021").data);

function makeStore() {
  const saved: WorkspaceBackup[] = [];
  const openCohort = vi.fn<(id: string) => void>();
  const afterReplace = vi.fn<() => void>();
  const store = createOpsStore({ db, save: (b) => saved.push(b), openCohort, afterReplace });
  return { store, saved, openCohort, afterReplace };
}

describe("createOpsStore", () => {
  it("loads a demo as a cohort named after the program and opens it", async () => {
    const { store, openCohort } = makeStore();
    await store.loadDemo(gd);
    const [cohort] = await db.cohorts.toArray();
    expect(cohort?.name).toBe("示例：广东知识产权运营人才培养");
    expect(openCohort).toHaveBeenCalledWith(cohort?.id);
  });

  it("shows the date of the backup it just saved, and no reminder", async () => {
    const { store, saved } = makeStore();
    await store.loadDemo(gd);
    await store.backUp("");
    expect(store.lastBackupAt.value).toBe(saved[0]?.createdAt);
    expect(store.nudge.value?.due).toBe(false);
    expect(store.notice.value).toBe(`已导出备份「${saved[0]?.fileName}」。`);
  });

  it("asks for the passphrase when the chosen backup is encrypted, and restores with it", async () => {
    const { store, saved, afterReplace } = makeStore();
    await store.loadDemo(gd);
    await store.backUp("口令");
    await db.cohorts.clear();
    store.chooseRestoreFile(new Blob([saved[0]!.bytes]));
    await store.confirmRestore();
    expect(store.restore.value.kind).toBe("passphrase");
    expect(store.error.value).toMatchInlineSnapshot(`"这份备份已加密，请输入备份时设置的密码。"`);
    store.givePassphrase("口令");
    await store.confirmRestore();
    expect(await db.cohorts.count()).toBe(1);
    expect(afterReplace).toHaveBeenCalledOnce();
    expect(store.restore.value.kind).toBe("idle");
  });

  it("shows a refused file's reason as it is and leaves the workspace unchanged", async () => {
    const { store } = makeStore();
    await store.loadDemo(gd);
    store.chooseRestoreFile(new Blob(["not a backup"]));
    await store.confirmRestore();
    expect(store.error.value).toMatchInlineSnapshot(`"这不是知培工作台的备份文件。"`);
    expect(await db.cohorts.count()).toBe(1);
  });

  it("clears every table only after the confirm", async () => {
    const { store, afterReplace } = makeStore();
    await store.loadDemo(gd);
    await store.confirmClear();
    expect(await db.cohorts.count()).toBe(1);
    store.askClear(true);
    await store.confirmClear();
    expect(await db.cohorts.count()).toBe(0);
    expect(await db.rowChunks.count()).toBe(0);
    expect(store.confirmingClear.value).toBe(false);
    expect(afterReplace).toHaveBeenCalledOnce();
  });
});
