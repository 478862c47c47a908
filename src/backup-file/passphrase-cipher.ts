/**
 * AES-GCM under a key derived from a passphrase (PBKDF2-SHA-256, random salt),
 * with WebCrypto only, so it runs the same in a page and in Node 24.
 *
 * Layout: magic (8) · iterations, uint32 BE (4) · salt (16) · IV (12) ·
 * passphrase check (16) · ciphertext with its 16-byte tag. The header is the
 * cipher's additional data, so none of it can be changed unnoticed.
 */
import { BackupError } from "../core/backup/backup-error.ts";

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slows guessing a passphrase from a stolen file. */
export const PBKDF2_ITERATIONS = 600_000;

// A tampered header must not make the page derive a key for minutes.
const MAX_ITERATIONS = 10_000_000;
const MAGIC = new TextEncoder().encode("ZPBKENC1");
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;
const CUT = "加密的备份文件不完整或已损坏，无法解开。";

/** Whether the bytes are a passphrase-encrypted file. */
export function isEncrypted(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Encrypts bytes under the passphrase with a fresh salt and IV. */
export async function encryptWithPassphrase(
  plain: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const file = new Uint8Array(HEADER_BYTES + plain.length + TAG_BYTES);
  file.set(MAGIC, 0);
  new DataView(file.buffer).setUint32(MAGIC.length, PBKDF2_ITERATIONS);
  file.set(salt, MAGIC.length + 4);
  file.set(iv, MAGIC.length + 4 + SALT_BYTES);
  file.set(check, MAGIC.length + 4 + SALT_BYTES + IV_BYTES);
  const header = file.subarray(0, HEADER_BYTES);
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: header }, key, plain);
  file.set(new Uint8Array(sealed), HEADER_BYTES);
  return file;
}

/** Decrypts a file from encryptWithPassphrase; a wrong passphrase and a damaged file are told apart. */
export async function decryptWithPassphrase(
  file: Uint8Array<ArrayBuffer>,
  passphrase: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (file.length < HEADER_BYTES + TAG_BYTES) throw new BackupError("damaged", CUT);
  const header = file.slice(0, HEADER_BYTES);
  const iterations = new DataView(header.buffer).getUint32(MAGIC.length);
  if (iterations < 1 || iterations > MAX_ITERATIONS) throw new BackupError("damaged", CUT);
  const salt = header.subarray(MAGIC.length + 4, MAGIC.length + 4 + SALT_BYTES);
  const iv = header.subarray(MAGIC.length + 4 + SALT_BYTES, MAGIC.length + 4 + SALT_BYTES + IV_BYTES);
  const storedCheck = header.subarray(HEADER_BYTES - CHECK_BYTES);
  const { key, check } = await deriveKey(passphrase, salt, iterations);
  if (!check.every((byte, i) => storedCheck[i] === byte))
    throw new BackupError("passphrase-wrong", "密码不正确，无法解开这份备份。");
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv, additionalData: header },
      key,
      file.subarray(HEADER_BYTES),
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new BackupError("damaged", "密码正确，但加密的内容不完整或已被改动，无法解开。", { cause: error });
  }
}

/**
 * One PBKDF2 run gives the AES key and a check value stored in the header.
 * The check lets a wrong passphrase be named as such; it costs a guesser the
 * same PBKDF2 run as trying the key against the cipher, so it weakens nothing.
 */
async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array<ArrayBuffer> }> {
  // NFC: the same passphrase typed through different input methods must give the same key.
  const secret = new TextEncoder().encode(passphrase.normalize("NFC"));
  const material = await crypto.subtle.importKey("raw", secret, "PBKDF2", false, ["deriveBits"]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt, iterations },
      material,
      (32 + CHECK_BYTES) * 8,
    ),
  );
  const key = await crypto.subtle.importKey("raw", bits.subarray(0, 32), "AES-GCM", false, [
    "encrypt",
    "decrypt",
  ]);
  return { key, check: bits.slice(32) };
}
