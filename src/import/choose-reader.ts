/**
 * Decides how to read a file from its first bytes, not its name: SheetJS
 * "reads" almost anything (a renamed text file becomes a one-column CSV), so
 * a file whose bytes do not match its extension is refused here, by name.
 */
import { MAX_FILE_BYTES } from "./import-limits.ts";
import { createReadError } from "./read-failure.ts";
import { decodeText, readByteOrderMark } from "./decode-text.ts";
import { isZipPackage } from "./zip-directory.ts";

/**
 * zip: .xlsx/.xlsm/.xlsb/.ods; ole: .xls/.et (and encrypted Office files);
 * markup: an HTML or XML table saved as .xls, as many Chinese systems export;
 * text: CSV/TSV, decoded by the import itself.
 */
export type ReaderKind = "zip" | "ole" | "markup" | "text";

const workbookExtensions = new Set(["xlsx", "xlsm", "xlsb", "xls", "et", "ods"]);
const markupExtensions = new Set(["xls", "et"]);
const textExtensions = new Set(["csv", "tsv", "txt"]);
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The lower-case extension of a file name, without the dot; "" when there is none. */
export function readExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** How to read the file; throws a WorkbookReadError for an empty, oversized, unsupported or mislabelled file. */
export function chooseReader(bytes: Uint8Array, fileName: string): ReaderKind {
  const extension = readExtension(fileName);
  if (bytes.length === 0) throw createReadError("empty-file", fileName, {});
  if (!workbookExtensions.has(extension) && !textExtensions.has(extension))
    throw createReadError("unsupported-type", fileName, { extension });
  if (bytes.length > MAX_FILE_BYTES)
    throw createReadError("file-too-large", fileName, { bytes: bytes.length });
  if (isZipPackage(bytes)) return "zip";
  if (oleSignature.every((byte, i) => bytes[i] === byte)) return "ole";
  if (textExtensions.has(extension)) return "text";
  if (markupExtensions.has(extension) && startsWithMarkup(bytes)) return "markup";
  const isText = decodeText(bytes) !== undefined;
  throw createReadError(isText ? "text-not-workbook" : "not-a-workbook", fileName, { extension });
}

function startsWithMarkup(bytes: Uint8Array): boolean {
  const start = readByteOrderMark(bytes) === "utf-8" ? 3 : 0;
  for (let i = start; i < Math.min(bytes.length, 1024); i += 1) {
    const byte = bytes[i];
    if (byte === 0x3c) return true;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return false;
}
