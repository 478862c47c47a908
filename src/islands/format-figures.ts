/** Numbers, sizes and times as the workspace prints them (zh-CN). */

/** 100,000 */
export function formatCount(count: number): string {
  return count.toLocaleString("zh-CN");
}

/** 2026/11/21 20:35:15 */
export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString("zh-CN", { hour12: false });
}

/** 12.3 MB; rounded to a tenth, at least 0.1 MB for anything stored. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil(bytes / 1024 / 1024 / 0.1) / 10;
  return `${tenths.toLocaleString("zh-CN")} MB`;
}
