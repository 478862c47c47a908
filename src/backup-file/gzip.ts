/** Gzip through the Compression Streams API, which every current browser and Node 24 provide. */
import { BackupError } from "../core/backup/backup-error.ts";

/** Whether this browser can gzip; without it a backup is written as plain JSON. */
export function canCompress(): boolean {
  return typeof CompressionStream === "function";
}

/** Whether the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gzips bytes. */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return pipeThrough(bytes, new CompressionStream("gzip"));
}

/** Un-gzips bytes; a cut or altered stream fails its length or CRC check and is refused as damaged. */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof DecompressionStream !== "function")
    throw new BackupError(
      "unsupported",
      "这个浏览器无法解压这份备份，请换用新版 Chrome、Edge、Firefox 或 Safari。",
    );
  try {
    return await pipeThrough(bytes, new DecompressionStream("gzip"));
  } catch (error) {
    throw new BackupError("damaged", "备份文件不完整或已损坏，无法解压。", { cause: error });
  }
}

async function pipeThrough(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
