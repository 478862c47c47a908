import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeBackupFile, encodeBackupFile } from "../../../src/backup-file/backup-file.ts";
import { isGzip } from "../../../src/backup-file/gzip.ts";

const text = JSON.stringify({ format: "zhipei-backup", payload: { names: ["张三", "李四"] } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("backup files", () => {
  it("are gzipped where the runtime can, and read back to the same text", async () => {
    const file = await encodeBackupFile(text);
    expect([file.compressed, file.encrypted, isGzip(file.bytes)]).toEqual([true, false, true]);
    expect(await decodeBackupFile(file.bytes)).toBe(text);
  });

  it("are plain UTF-8 JSON where the runtime cannot gzip", async () => {
    vi.stubGlobal("CompressionStream", undefined);
    const file = await encodeBackupFile(text);
    expect([file.compressed, new TextDecoder().decode(file.bytes)]).toEqual([false, text]);
  });

  it("are not encrypted when the passphrase is empty", async () => {
    const file = await encodeBackupFile(text, "");
    expect(file.encrypted).toBe(false);
  });

  it("open with the passphrase they were encrypted under", async () => {
    const file = await encodeBackupFile(text, "密码");
    expect([file.encrypted, await decodeBackupFile(file.bytes, "密码")]).toEqual([true, text]);
  });

  it("open unencrypted even when a passphrase is given", async () => {
    const file = await encodeBackupFile(text);
    expect(await decodeBackupFile(file.bytes, "用不上的密码")).toBe(text);
  });

  it("read with a byte-order mark as the same text", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(await decodeBackupFile(bytes)).toBe(text);
  });
});
