/**
 * One `Range: bytes=…` header against a file's size, for the app's assets: a browser seeks in an
 * `<audio>` or `<video>` only in a resource served in ranges (Chromium otherwise moves a seek
 * back to 0). One range only (`a-b`, `a-`, `-n`); several, or a malformed header, are ignored and
 * the whole file is sent, as RFC 9110 allows.
 */

/** The bytes to send, inclusive; "unsatisfiable" for a range wholly past the end (416); undefined for the whole file. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | "unsatisfiable" | undefined {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  if (end < start) return undefined;
  return { start, end };
}
