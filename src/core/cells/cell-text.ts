/** Turning what people type into text the parsers can read. */

// Ideographic space and the full-width forms of ASCII (U+FF01–U+FF5E): the only compatibility
// characters a number, date, ID or phone is typed with.
const fullWidth = /[\u3000\uff01-\uff5e]/;
const blank = /^[\s\u3000]*$/;
// A dash or slash alone is how Chinese sheets say "nothing here" (未参加, 无).
const placeholder = /^[\s\u3000]*[-/\\—–－／、]+[\s\u3000]*$/;

/**
 * Folds full-width digits, letters and punctuation to their ASCII forms
 * (８５．５ → 85.5, ：→ :) and trims. NFKC runs only when a full-width form
 * is present, because the import calls this on millions of cells.
 */
export function foldText(text: string): string {
  return (fullWidth.test(text) ? text.normalize("NFKC") : text).trim();
}

/** Whether a text cell says nothing: blank, or only a dash or slash placeholder. */
export function isBlankText(text: string): boolean {
  return blank.test(text) || placeholder.test(text);
}

/** A cell's own text for a message, shortened so one long cell cannot flood the preview. */
export function quote(text: string): string {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return `「${shown}」`;
}
