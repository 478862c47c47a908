/** Internal links that respect the configured base path, so the site also works under /zhipei/. */

/** Joins a base path and a site-relative path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** The URL of a page or file of this site, e.g. `href("programs/gd-ipo-2021/")`. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
