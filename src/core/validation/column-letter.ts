/** Spreadsheet column letters, as people see them in Excel and WPS. */

/** The letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function toColumnLetter(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
