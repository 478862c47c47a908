/** Whether to remind a person to back up: the workspace lives only in this browser. */

/** Days after which changes not yet backed up earn a reminder. */
export const BACKUP_NUDGE_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backup status a page shows: a sentence, and whether it should stand out as a reminder. */
export interface BackupNudge {
  due: boolean;
  message: string;
}

/**
 * Says whether a reminder is due. `lastChangeAt` is the newest change to the
 * workspace's data (null: no data at all); `lastBackupAt` null means never.
 */
export function backupNudge(
  lastBackupAt: number | null,
  lastChangeAt: number | null,
  now: number,
): BackupNudge {
  if (lastChangeAt === null)
    return {
      due: false,
      message: lastBackupAt === null ? "工作台还没有数据。" : `上次备份：${sayDaysAgo(lastBackupAt, now)}。`,
    };
  if (lastBackupAt === null)
    return {
      due: true,
      message:
        "工作台的数据从未备份。数据只保存在本浏览器中，清除浏览器数据、长期不访问（Safari 会在 7 天后清除）或更换电脑都会丢失，请导出一份备份。",
    };
  if (lastChangeAt <= lastBackupAt)
    return { due: false, message: `上次备份：${sayDaysAgo(lastBackupAt, now)}，之后没有改动。` };
  if (now - lastBackupAt >= BACKUP_NUDGE_DAYS * DAY_MS)
    return {
      due: true,
      message: `上次备份在 ${sayDaysAgo(lastBackupAt, now)}，之后的改动还没有备份，请导出一份新的备份。`,
    };
  return { due: false, message: `上次备份：${sayDaysAgo(lastBackupAt, now)}，之后有改动尚未备份。` };
}

function sayDaysAgo(at: number, now: number): string {
  const days = Math.floor((now - at) / DAY_MS);
  // Whole days since, not calendar days: the same answer in every time zone.
  return days < 1 ? "24 小时内" : `${days} 天前`;
}
