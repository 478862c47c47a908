/**
 * "保存为 PNG": the chart copied onto a white sheet under its title (the
 * canvas itself is transparent, which many viewers show black, and carries
 * no caption), then handed to the browser through a temporary download
 * link. Nothing leaves the browser.
 */

// Characters Windows forbids in file names; titles such as "1400 / 2000 人次" contain them.
const unsafe = /[\\/:*?"<>|]/g;

/** Downloads the canvas, titled `title`, as `<name>.png`. */
export function saveCanvasAsPng(canvas: HTMLCanvasElement, name: string, title: string): void {
  // The canvas is in device pixels; the title is set to match the chart's own text size.
  const scale = window.devicePixelRatio || 1;
  const band = Math.round(36 * scale);
  const sheet = document.createElement("canvas");
  sheet.width = canvas.width;
  sheet.height = canvas.height + band;
  const ctx = sheet.getContext("2d");
  if (ctx === null) return;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.fillStyle = getComputedStyle(canvas).color;
  ctx.font = `bold ${Math.round(16 * scale)}px ${getComputedStyle(canvas).fontFamily}`;
  ctx.textBaseline = "middle";
  ctx.fillText(title, Math.round(8 * scale), band / 2, sheet.width - 16 * scale);
  ctx.drawImage(canvas, 0, band);
  sheet.toBlob((blob) => {
    if (blob === null) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `${name.replace(unsafe, "_")}.png`;
    // Firefox follows a download link only while it is in the document.
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, "image/png");
}
