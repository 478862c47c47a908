/**
 * Backup text ⇄ file bytes: UTF-8 JSON, gzipped when the browser can, then
 * encrypted when a passphrase is given. Reading recognises each layer by its
 * first bytes, so a file says itself how to open it.
 */
import { BackupError } from "../core/backup/backup-error.ts";
import { canCompress, gunzip, gzip, isGzip } from "./gzip.ts";
import { decryptWithPassphrase, encryptWithPassphrase, isEncrypted } from "./passphrase-cipher.ts";

/** A backup's bytes and the layers they carry. */
export interface BackupFile {
  bytes: Uint8Array<ArrayBuffer>;
  /** Gzipped: true wherever CompressionStream exists (all current browsers, Node 24). */
  compressed: boolean;
  encrypted: boolean;
}

/** Encodes backup text as a file; an empty or missing passphrase means no encryption. */
export async function encodeBackupFile(text: string, passphrase?: string): Promise<BackupFile> {
  const json = new TextEncoder().encode(text);
  const compressed = canCompress();
  const body = compressed ? await gzip(json) : json;
  if (!passphrase) return { bytes: body, compressed, encrypted: false };
  return { bytes: await encryptWithPassphrase(body, passphrase), compressed, encrypted: true };
}

/** Decodes a file back to backup text; an encrypted file without a passphrase is refused with a request for it. */
export async function decodeBackupFile(bytes: Uint8Array<ArrayBuffer>, passphrase?: string): Promise<string> {
  let body = bytes;
  if (isEncrypted(body)) {
    if (!passphrase) throw new BackupError("passphrase-needed", "这份备份已加密，请输入备份时设置的密码。");
    body = await decryptWithPassphrase(body, passphrase);
  }
  if (isGzip(body)) body = await gunzip(body);
  // Not fatal on bad UTF-8: the text check then tells "another kind of file" from "a cut backup".
  return new TextDecoder().decode(body);
}
