/**
 * Refuses a zip package (.xlsx, .ods) that would unzip to too much, before
 * anything is inflated: a zip bomb of 1 GiB is refused in about a millisecond.
 */
import { MAX_COMPRESSION_RATIO, MAX_INFLATED_BYTES, RATIO_CHECKED_BYTES } from "./import-limits.ts";
import { createReadError } from "./read-failure.ts";
import { readZipDirectory } from "./zip-directory.ts";

/** Throws a WorkbookReadError when the package is broken, unzips past the limit, or compresses like a bomb. */
export function checkZipPackage(bytes: Uint8Array, fileName: string): void {
  const parts = readZipDirectory(bytes);
  if (parts === undefined) throw createReadError("corrupted", fileName, {});
  let inflatedBytes = 0;
  let worstRatio = 0;
  for (const part of parts) {
    inflatedBytes += part.inflatedBytes;
    if (part.inflatedBytes >= RATIO_CHECKED_BYTES)
      worstRatio = Math.max(worstRatio, part.inflatedBytes / Math.max(part.compressedBytes, 1));
  }
  if (inflatedBytes > MAX_INFLATED_BYTES)
    throw createReadError("inflated-too-large", fileName, { bytes: inflatedBytes });
  if (worstRatio > MAX_COMPRESSION_RATIO)
    throw createReadError("suspicious-compression", fileName, { ratio: worstRatio });
}
