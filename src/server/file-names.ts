/**
 * Safe stored names for uploaded and downloaded files. The name a browser reports is the person's
 * own text, so it is never used raw: path parts, control and reserved characters, Windows device
 * names (`CON`, `LPT1`), leading dots and trailing dots or spaces go, and the result is cut to 200
 * bytes of UTF-8 (most file systems allow 255; the rest leaves room for a ` (2)` suffix).
 */
const MAX_BYTES = 200;
const RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$/i;
// Control characters, and those Windows refuses or shells treat specially.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g;

/** Cuts `text` to at most `max` bytes of UTF-8 without splitting a character. */
function cutToBytes(text: string, max: number): string {
  let out = "";
  let bytes = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (bytes + size > max) break;
    out += char;
    bytes += size;
  }
  return out;
}

/**
 * A name safe to store or to send in `Content-Disposition`, from any client-given `name`; `fallback`
 * when nothing usable is left. Percent-escapes are not decoded (a `%2e%2e` stays those characters,
 * which are harmless in a name). The extension is kept when the name must be cut.
 */
export function safeFileName(name: unknown, fallback = "file"): string {
  let text = typeof name === "string" ? name.normalize("NFC") : "";
  // Only the last path part counts: "../../x" and "..\\x" become "x".
  text = text.split(/[/\\]/).pop() ?? "";
  text = text.replace(UNSAFE, "_").replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (RESERVED.test(text)) text = `_${text}`;
  if (Buffer.byteLength(text) > MAX_BYTES) {
    const dot = text.lastIndexOf(".");
    const ext = dot > 0 && text.length - dot <= 16 ? text.slice(dot) : "";
    text = cutToBytes(text.slice(0, text.length - ext.length), MAX_BYTES - Buffer.byteLength(ext)) + ext;
  }
  return text.replace(/^_+$/, "") === "" ? fallback : text;
}

/** `Content-Disposition: attachment` for `name`: an ASCII fallback and the UTF-8 form (RFC 6266). */
export function attachmentHeader(name: string): string {
  const safe = safeFileName(name, "download");
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["%;\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}
