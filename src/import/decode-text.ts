/**
 * Decodes a text file (CSV, TSV) before SheetJS sees it, because SheetJS
 * would read GBK bytes as Latin-1. Order: a byte-order mark says it all;
 * else text that is valid UTF-8 is UTF-8 (GBK text almost never is); else
 * GB18030, the superset of GBK that Excel and WPS save in China.
 */

/** The encodings the import reads; the person may pick one by hand. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** How the encoding was settled: by a byte-order mark, by trying, or by the person. */
export type EncodingSource = "bom" | "detected" | "chosen";

/** Decoded text and how it was decoded. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  source: EncodingSource;
}

const boms: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

// NUL never occurs in 8-bit text; finding one in the first few KiB means a binary file.
const sniffedBytes = 8192;

/** The encoding a byte-order mark declares, if the bytes start with one. */
export function readByteOrderMark(bytes: Uint8Array): TextEncodingName | undefined {
  return boms.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte))?.encoding;
}

/**
 * Decodes bytes as text in the chosen encoding, or else the detected one;
 * undefined when, without a choice, the bytes are not text in any of them.
 */
export function decodeText(bytes: Uint8Array, chosen?: TextEncodingName): DecodedText | undefined {
  const marked = readByteOrderMark(bytes);
  // A chosen encoding is honoured even where bytes do not fit it: the person sees the result and may choose again.
  if (chosen !== undefined)
    return { text: new TextDecoder(chosen).decode(bytes), encoding: chosen, source: "chosen" };
  if (marked !== undefined)
    return { text: new TextDecoder(marked).decode(bytes), encoding: marked, source: "bom" };
  if (bytes.subarray(0, sniffedBytes).includes(0)) return undefined;
  for (const encoding of ["utf-8", "gb18030"] as const) {
    const text = decodeStrictly(bytes, encoding);
    if (text !== undefined) return { text, encoding, source: "detected" };
  }
  return undefined;
}

// TextDecoder drops a byte-order mark that matches its encoding, so callers never see one.
function decodeStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
