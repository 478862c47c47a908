/**
 * The Content-Security-Policy every page carries in a `<meta>` tag (GitHub
 * Pages sends no headers). public/_headers repeats it for Netlify and
 * Cloudflare, adding what a meta tag cannot carry (frame-ancestors) and
 * closing connect-src, since public pages fetch nothing.
 */

/** The directives, in the order they are printed. */
export const PAGE_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The policy as the `content` of `<meta http-equiv="Content-Security-Policy">`. */
export const PAGE_CSP = PAGE_CSP_DIRECTIVES.join("; ");
