/** SHA-256 of text, through WebCrypto (browser and Node 24 alike). */

/** Hashes the UTF-8 bytes of `text` to lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
