/**
 * The one gate for every URL the client puts into the page: an image's `src`, a text span's
 * link, a Markdown link or image, an avatar's picture. Allowed: `http:`, `https:` and relative
 * URLs (which resolve to the page's own scheme), plus `data:image/…` for images only and
 * `data:audio/…` / `data:video/…` for an Audio's or Video's media only. Anything
 * else (`javascript:`, `data:text/html`, `vbscript:`, `blob:`, `file:`, …) is dropped.
 *
 * The URL is parsed the way the browser will parse it (leading controls and spaces stripped, tabs
 * and newlines removed, scheme case-folded), so `" JaVa\tScript:…"` is seen for what it is, and
 * the parsed, normalised form is what goes into the DOM.
 */

/** Where a URL is used: links may not be `data:`; images may be `data:image/…`, media `data:audio/…` or `data:video/…`. */
export type UrlUse = "link" | "image" | "media";

const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;
const DATA_MEDIA = /^data:(?:audio|video)\/[a-z0-9.+-]+[;,]/i;

function baseUrl(): string {
  const location = (globalThis as { location?: { href?: string } }).location;
  return typeof location?.href === "string" && /^https?:/i.test(location.href) ? location.href : "http://localhost/";
}

/**
 * The URL to put into the page, or undefined when it must be dropped. `base` resolves relative
 * URLs (default: the page's address).
 */
export function safeUrl(value: unknown, use: UrlUse, base: string = baseUrl()): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > 8_000_000) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  if (use === "image" && url.protocol === "data:" && DATA_IMAGE.test(url.href)) return url.href;
  if (use === "media" && url.protocol === "data:" && DATA_MEDIA.test(url.href)) return url.href;
  return undefined;
}
