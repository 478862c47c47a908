/** The page's one database connection, opened on first use (never while the island is rendered at build time). */
import { openDatabase, type ZhipeiDatabase } from "../db/database.ts";

let db: ZhipeiDatabase | undefined;

/** The workspace database of this browser. */
export function getWorkspaceDb(): ZhipeiDatabase {
  return (db ??= openDatabase());
}
