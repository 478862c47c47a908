/** Test helpers: the generated fixture files, and zip packages built byte by byte. */
import { readFileSync } from "node:fs";
import { deflateRawSync, constants } from "node:zlib";
import { openWorkbook, type OpenedWorkbook, type OpenOptions } from "../../../src/import/read-workbook.ts";

/** The bytes of test/fixtures/files/<name> (made by `npm run fixtures`). */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/files/${name}`, import.meta.url)));
}

/** Opens a fixture file the way the worker does. */
export function openFixture(name: string, options?: OpenOptions): OpenedWorkbook {
  return openWorkbook(readFixture(name), name, options);
}

/** Runs `read` and returns the message it throws, so a test can pin it with an inline snapshot. */
export function catchMessage(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the read to fail");
}

/** A part of a hand-built zip: its stored bytes and the sizes its headers declare. */
export interface ZipPartSpec {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  inflatedBytes: number;
  /** What the local header declares, when it should differ from the central directory. */
  localInflatedBytes?: number;
  /** Declares the sizes in a ZIP64 extra field, as writers do past 4 GiB. */
  zip64?: boolean;
}

/** How a hand-built zip ends: a classic end record, or one that defers to a ZIP64 end record. */
export interface ZipEndSpec {
  zip64?: boolean;
}

const unset32 = 0xffffffff;

/** A zip package with the given parts: local headers, data, central directory, end record (no CRCs). */
export function buildZip(parts: ZipPartSpec[], end: ZipEndSpec = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const extra = part.zip64 ? makeZip64Extra([part.inflatedBytes, part.data.length]) : new Uint8Array(0);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, part.method, true);
    local.setUint32(18, part.zip64 ? unset32 : part.data.length, true);
    local.setUint32(22, part.zip64 ? unset32 : (part.localInflatedBytes ?? part.inflatedBytes), true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, extra.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 45, true);
    entry.setUint16(6, 45, true);
    entry.setUint16(10, part.method, true);
    entry.setUint32(20, part.zip64 ? unset32 : part.data.length, true);
    entry.setUint32(24, part.zip64 ? unset32 : part.inflatedBytes, true);
    entry.setUint16(28, name.length, true);
    entry.setUint16(30, extra.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, extra, part.data);
    central.push(new Uint8Array(entry.buffer), name, extra);
    offset += 30 + name.length + extra.length + part.data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const tail = end.zip64
    ? [makeZip64End(parts.length, centralSize, offset), makeZip64Locator(offset + centralSize)]
    : [];
  const record = new DataView(new ArrayBuffer(22));
  record.setUint32(0, 0x06054b50, true);
  record.setUint16(8, end.zip64 ? 0xffff : parts.length, true);
  record.setUint16(10, end.zip64 ? 0xffff : parts.length, true);
  record.setUint32(12, end.zip64 ? unset32 : centralSize, true);
  record.setUint32(16, end.zip64 ? unset32 : offset, true);
  return concatBytes([...chunks, ...central, ...tail, new Uint8Array(record.buffer)]);
}

function makeZip64Extra(values: number[]): Uint8Array {
  const extra = new DataView(new ArrayBuffer(4 + 8 * values.length));
  extra.setUint16(0, 1, true);
  extra.setUint16(2, 8 * values.length, true);
  values.forEach((value, i) => extra.setBigUint64(4 + 8 * i, BigInt(value), true));
  return new Uint8Array(extra.buffer);
}

function makeZip64End(entries: number, centralSize: number, centralOffset: number): Uint8Array {
  const record = new DataView(new ArrayBuffer(56));
  record.setUint32(0, 0x06064b50, true);
  record.setBigUint64(4, 44n, true);
  record.setBigUint64(24, BigInt(entries), true);
  record.setBigUint64(32, BigInt(entries), true);
  record.setBigUint64(40, BigInt(centralSize), true);
  record.setBigUint64(48, BigInt(centralOffset), true);
  return new Uint8Array(record.buffer);
}

function makeZip64Locator(zip64EndOffset: number): Uint8Array {
  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true);
  locator.setBigUint64(8, BigInt(zip64EndOffset), true);
  locator.setUint32(16, 1, true);
  return new Uint8Array(locator.buffer);
}

/**
 * A real deflate stream of `mebibytes` MiB of zeros, about 1 KiB per MiB,
 * built without ever holding the zeros: one sync-flushed (byte-aligned,
 * non-final) block of 1 MiB repeated, then an empty final block.
 */
export function deflateZeros(mebibytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  return concatBytes([...Array.from({ length: mebibytes }, () => block), new Uint8Array([0x03, 0x00])]);
}

function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
