/**
 * The one shape a spreadsheet reader hands the core per cell, and the one
 * shape every cell parser answers with. Parsers never throw: a bad cell is
 * an ordinary outcome of reading people's spreadsheets.
 */

/** One cell as read from a sheet; `error` is a formula error such as #N/A or #DIV/0!. */
export type Cell =
  | { kind: "empty" }
  | { kind: "number"; value: number; format?: string }
  | { kind: "text"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "date"; serial: number; date1904: boolean };

/** A cell that holds a value: what the typed parsers accept once empty and error cells are handled. */
export type FilledCell = Exclude<Cell, { kind: "empty" } | { kind: "error" }>;

/** A parsed value, or a Chinese message saying what is wrong with the cell. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Wraps a parsed value. */
export function succeed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Wraps a Chinese message about a bad cell. */
export function fail<T = never>(message: string): ParseResult<T> {
  return { ok: false, message };
}
