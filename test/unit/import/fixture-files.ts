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
}

/** A zip package with the given parts: local headers, data, central directory, end record (no CRCs). */
export function buildZip(parts: ZipPartSpec[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, part.method, true);
    local.setUint32(18, part.data.length, true);
    local.setUint32(22, part.localInflatedBytes ?? part.inflatedBytes, true);
    local.setUint16(26, name.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(10, part.method, true);
    entry.setUint32(20, part.data.length, true);
    entry.setUint32(24, part.inflatedBytes, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, part.data);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + part.data.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concatBytes([...chunks, ...central, new Uint8Array(end.buffer)]);
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
