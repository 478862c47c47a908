/**
 * Reads a zip package's directory without inflating anything, so the size a
 * package would unzip to is known in microseconds, before SheetJS inflates it.
 * Layout: PKWARE APPNOTE.TXT §4.3 (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT).
 */

/** One part of a package as its headers declare it. */
export interface ZipPart {
  compressedBytes: number;
  inflatedBytes: number;
}

const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EndSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const maxComment = 0xffff;
const unset32 = 0xffffffff;
const deflated = 8;
const stored = 0;

/** Whether the bytes start like a zip package (.xlsx, .ods, and other Office Open XML files). */
export function isZipPackage(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05) &&
    bytes[3] === bytes[2] + 1
  );
}

/**
 * The parts of a package from its central directory, each checked against
 * its local header; undefined when the structure is broken or the headers
 * disagree. SheetJS sizes its output by the local header, so a local size
 * that differs from the directory's would let a package unzip to more than
 * it declares.
 */
export function readZipDirectory(bytes: Uint8Array): ZipPart[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === undefined) return undefined;
  const directory = readDirectoryBounds(view, end);
  if (directory === undefined) return undefined;
  const parts: ZipPart[] = [];
  let at = directory.offset;
  for (let i = 0; i < directory.entries; i += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== centralSignature) return undefined;
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extra = readZip64Extra(view, at + 46 + nameLength, extraLength);
    const inflatedBytes = widen(view.getUint32(at + 24, true), extra);
    const compressedBytes = widen(view.getUint32(at + 20, true), extra);
    const localOffset = widen(view.getUint32(at + 42, true), extra);
    if (!isConsistentPart(view, localOffset, method, compressedBytes, inflatedBytes)) return undefined;
    parts.push({ compressedBytes, inflatedBytes });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - maxComment; at -= 1) {
    if (view.getUint32(at, true) === endSignature) return at;
  }
  return undefined;
}

function readDirectoryBounds(view: DataView, end: number): { entries: number; offset: number } | undefined {
  let entries = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || size === unset32 || offset === unset32) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== zip64LocatorSignature) return undefined;
    const record = readUint64(view, locator + 8);
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== zip64EndSignature) return undefined;
    entries = readUint64(view, record + 32);
    size = readUint64(view, record + 40);
    offset = readUint64(view, record + 48);
  }
  return offset + size <= end ? { entries, offset } : undefined;
}

/**
 * The ZIP64 extra field (id 1) holds, in order, the 64-bit inflated size,
 * compressed size and local offset that did not fit in 32 bits.
 */
function readZip64Extra(view: DataView, start: number, length: number): number[] {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= at + 4 + size && v + 8 <= view.byteLength; v += 8)
        values.push(readUint64(view, v));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

/** A 32-bit field, or the next ZIP64 value when the field says "see the extra field". */
function widen(value: number, extra: number[]): number {
  return value === unset32 ? (extra.shift() ?? Number.POSITIVE_INFINITY) : value;
}

function isConsistentPart(
  view: DataView,
  localOffset: number,
  method: number,
  compressedBytes: number,
  inflatedBytes: number,
): boolean {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== localSignature)
    return false;
  const localInflated = view.getUint32(localOffset + 22, true);
  // Zero means "sizes follow the data" (a data descriptor); all-ones means ZIP64, checked through the directory.
  if (localInflated !== 0 && localInflated !== unset32 && localInflated !== inflatedBytes) return false;
  if (method === stored) return compressedBytes === inflatedBytes;
  // Deflate never grows data by more than 5 bytes per stored block; more means the declared size is a lie.
  return method !== deflated || compressedBytes <= inflatedBytes + 5 * Math.ceil(inflatedBytes / 1024) + 64;
}

function readUint64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}
