/** Dates as people in Chinese offices write them on forms and certificates: 2023年3月1日. */

/** 2023-03-01 → 2023年3月1日; anything that is not an ISO date is returned as it is. */
export function formatChineseDate(iso: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return parts === null ? iso : `${parts[1]}年${Number(parts[2])}月${Number(parts[3])}日`;
}
