/** The SHA-256 of a file's bytes, by which a re-import of the same file is recognised. */

/** Lower-case hex SHA-256; hash before the bytes are transferred to the worker, which detaches them. */
export async function hashFile(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
