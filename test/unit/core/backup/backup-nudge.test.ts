import { describe, expect, it } from "vitest";
import { backupNudge } from "../../../../src/core/backup/backup-nudge.ts";

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2025, 5, 30, 9);

describe("the backup nudge", () => {
  it("stays quiet when the workspace holds no data", () => {
    expect(backupNudge(null, null, now)).toMatchInlineSnapshot(`
      {
        "due": false,
        "message": "工作台还没有数据。",
      }
    `);
  });

  it("is due when there is data that was never backed up", () => {
    expect(backupNudge(null, now - day, now)).toMatchInlineSnapshot(`
      {
        "due": true,
        "message": "工作台的数据从未备份。数据只保存在本浏览器中，清除浏览器数据、长期不访问（Safari 会在 7 天后清除）或更换电脑都会丢失，请导出一份备份。",
      }
    `);
  });

  it("stays quiet, however old the backup, when nothing changed since", () => {
    expect(backupNudge(now - 30 * day, now - 31 * day, now)).toMatchInlineSnapshot(`
      {
        "due": false,
        "message": "上次备份：30 天前，之后没有改动。",
      }
    `);
  });

  it("mentions changes not yet backed up without insisting before seven days", () => {
    expect(backupNudge(now - 6 * day, now - day, now)).toMatchInlineSnapshot(`
      {
        "due": false,
        "message": "上次备份：6 天前，之后有改动尚未备份。",
      }
    `);
  });

  it("is due when changes wait on a backup seven days old", () => {
    expect(backupNudge(now - 7 * day, now - day, now)).toMatchInlineSnapshot(`
      {
        "due": true,
        "message": "上次备份在 7 天前，之后的改动还没有备份，请导出一份新的备份。",
      }
    `);
  });

  it("says a backup made within the day was made within 24 hours", () => {
    expect(backupNudge(now - 3_600_000, now - day, now).message).toMatchInlineSnapshot(
      `"上次备份：24 小时内，之后没有改动。"`,
    );
  });

  it("still shows the last backup after the data was cleared", () => {
    expect(backupNudge(now - 2 * day, null, now).message).toMatchInlineSnapshot(`"上次备份：2 天前。"`);
  });
});
