/**
 * Headers on every response: a Content-Security-Policy that allows no inline script but the
 * page's own boot script (by its hash) and no inline style, no MIME sniffing, no referrer leaking
 * the app's URLs, and no framing by another site. `X-Frame-Options: DENY` is for browsers that
 * predate CSP's `frame-ancestors`; a browser that knows `frame-ancestors` obeys it and ignores
 * the older header.
 */

/**
 * The policy's directives; `scriptHashes` (`'sha256-…'`) are the inline scripts allowed to run,
 * `connectOrigins` the outside stores uploads may go to (the `uploadOrigins` option).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], connectOrigins: readonly string[] = [], styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    // A first-painted page's <style> elements, by their hashes or (sent before they were made) the page's nonce.
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data: https:",
    // An Audio's or Video's file: an asset, an https URL, or its srcBase64 as a data: URL.
    "media-src 'self' data: https:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(" "),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join("; ");
}

/** Every response's security headers, with the policy above. */
export function securityHeaders(scriptHashes: readonly string[] = [], connectOrigins: readonly string[] = []): Readonly<Record<string, string>> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(scriptHashes, connectOrigins),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}
