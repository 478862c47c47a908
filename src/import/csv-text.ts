/** Looking at decoded CSV text before SheetJS parses it. */

const separators = [",", "\t", ";", "|"] as const;

/** A field separator CSV files use. */
export type Separator = (typeof separators)[number];

/**
 * The separator the header line uses most, outside quotes; a comma when
 * none appears. Ties go to the earlier in [, tab ; |], as in Excel.
 */
export function guessSeparator(text: string): Separator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? "";
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Separator = ",";
  for (const separator of separators)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** The separator a `sep=` first line declares (Excel's convention), else the guessed one. */
export function readSeparator(text: string): string {
  return text.startsWith("sep=") ? text.charAt(4) : guessSeparator(text);
}

/**
 * Prefixes the `sep=` line Excel understands, unless the file has its own.
 * Why: SheetJS picks a parser from a string's first characters, so a CSV
 * starting with "ID" would be tried as SYLK and one starting with "<" as
 * HTML; after `sep=` it is always read as delimited text, with this separator.
 */
export function declareSeparator(text: string, separator: string): string {
  return text.startsWith("sep=") ? text : `sep=${separator}\n${text}`;
}

/**
 * How many records (rows) the text holds, as SheetJS will split it: line
 * breaks end a record unless they sit in a field that opens with a quote.
 * Trailing blank lines count too; they are few, and the count only guards a limit.
 */
export function countRecords(text: string, separator: string): number {
  const separatorCode = separator.charCodeAt(0);
  let records = 0;
  let open = false;
  let fieldStart = true;
  let quotedField = false;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (fieldStart) quotedField = code === 0x22;
    fieldStart = false;
    if (!quoted && (code === 0x0a || code === 0x0d)) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 1;
      records += 1;
      open = false;
      fieldStart = true;
      continue;
    }
    open = true;
    if (code === 0x22 && quotedField) quoted = !quoted;
    else if (!quoted && code === separatorCode) fieldStart = true;
  }
  return open ? records + 1 : records;
}
