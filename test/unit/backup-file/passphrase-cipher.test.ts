import { describe, expect, it } from "vitest";
import { BackupError } from "../../../src/core/backup/backup-error.ts";
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  isEncrypted,
} from "../../../src/backup-file/passphrase-cipher.ts";

const plain = new TextEncoder().encode('{"format":"zhipei-backup","payload":"张三"}');

async function refusal(attempt: Promise<unknown>): Promise<BackupError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BackupError)) throw new Error(`expected a BackupError, got ${String(error)}`);
  return error;
}

describe("passphrase encryption", () => {
  it("gives back the bytes under the same passphrase", async () => {
    const file = await encryptWithPassphrase(plain, "密码 2025");
    expect(isEncrypted(file)).toBe(true);
    expect(await decryptWithPassphrase(file, "密码 2025")).toEqual(plain);
  });

  it("makes a different file each time, so two backups never share a key stream", async () => {
    const [a, b] = await Promise.all([
      encryptWithPassphrase(plain, "同一个密码"),
      encryptWithPassphrase(plain, "同一个密码"),
    ]);
    expect(a).not.toEqual(b);
  });

  it("accepts the same passphrase typed with composed or decomposed accents", async () => {
    const file = await encryptWithPassphrase(plain, "caf\u00e9");
    expect(await decryptWithPassphrase(file, "cafe\u0301")).toEqual(plain);
  });

  it("says the passphrase is wrong when it is", async () => {
    const file = await encryptWithPassphrase(plain, "正确的密码");
    const error = await refusal(decryptWithPassphrase(file, "错误的密码"));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "passphrase-wrong",
        "密码不正确，无法解开这份备份。",
      ]
    `);
  });

  it("says the content was changed when one byte of it differs under the right passphrase", async () => {
    const file = await encryptWithPassphrase(plain, "正确的密码");
    file[file.length - 20]! ^= 0x01;
    const error = await refusal(decryptWithPassphrase(file, "正确的密码"));
    expect([error.problem, error.message]).toMatchInlineSnapshot(`
      [
        "damaged",
        "密码正确，但加密的内容不完整或已被改动，无法解开。",
      ]
    `);
  });

  it("refuses a file cut inside its header without trying the passphrase", async () => {
    const file = await encryptWithPassphrase(plain, "正确的密码");
    const error = await refusal(decryptWithPassphrase(file.slice(0, 40), "正确的密码"));
    expect(error.message).toMatchInlineSnapshot(`"加密的备份文件不完整或已损坏，无法解开。"`);
  });

  it("refuses an absurd iteration count at once instead of deriving a key for minutes", async () => {
    const file = await encryptWithPassphrase(plain, "正确的密码");
    new DataView(file.buffer).setUint32(8, 0xffffffff);
    const started = performance.now();
    const error = await refusal(decryptWithPassphrase(file, "正确的密码"));
    expect([error.problem, performance.now() - started < 100]).toEqual(["damaged", true]);
  });
});
