/**
 * The limits on what the import reads, in one place. Each is well above a
 * real training roster and well below what would stall or crash a browser
 * tab; the messages that quote them live in read-failure.ts.
 */

/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most rows one sheet may have (header and title rows included). */
export const MAX_ROWS = 200_000;

/** Most columns one sheet may have. */
export const MAX_COLUMNS = 500;

/**
 * Largest total size of an .xlsx/.ods package once unzipped. 200,000 rows of
 * 15 columns inflate to about 150 MiB of XML; SheetJS holds each part as one
 * string, and V8 caps a string near 512 MiB.
 */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/**
 * Highest inflated/compressed ratio accepted for a part above
 * RATIO_CHECKED_BYTES. Sheet XML deflates about 5–40 times; a run of zeros,
 * the usual zip bomb, deflates about 1,000 times.
 */
export const MAX_COMPRESSION_RATIO = 200;

/** Parts smaller than this are not ratio-checked: tiny parts compress erratically and cannot hurt. */
export const RATIO_CHECKED_BYTES = 1024 * 1024;

/**
 * Rows converted between two progress reports while a sheet is read for
 * validation: 100,000 rows give 50 reports, often enough for a moving bar
 * and few enough to cost nothing.
 */
export const ROWS_PER_PROGRESS = 2_000;

/** Problems sent to the page for review; the rest are counted. Ten pages of a table is as far as anyone reads. */
export const MAX_SHOWN_PROBLEMS = 1_000;
