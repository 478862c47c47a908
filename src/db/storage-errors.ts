/** Plain-words messages for the storage failures a person can act on. */

/** Explains a failed write (`what` names it: 本次导入, 本次操作); quota errors say what to do. */
export function describeStorageError(error: unknown, what = "本次导入"): string {
  const name = error instanceof Error ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === "QuotaExceededError" || inner === "QuotaExceededError")
    return `浏览器分配给本站的存储空间已满，${what}未保存任何数据。请先导出备份并删除不再需要的批次，或在浏览器设置中为本站释放空间后重试。`;
  if (name === "DuplicateImportError" && error instanceof Error) return error.message;
  return `保存失败，数据库未作任何改动：${error instanceof Error ? error.message : String(error)}`;
}
