/** Saves a file the page made: a Blob URL behind a link with `download`, clicked once; nothing leaves the browser. */

// Revoking the URL at once can cancel a download that has not started; a minute is plenty.
const revokeAfterMs = 60_000;

/** Offers `bytes` to the person as a download named `fileName`. */
export function downloadFile(fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
