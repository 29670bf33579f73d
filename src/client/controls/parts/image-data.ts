/** Base64 picture data as a `data:image/…` URL, its type read from the data's first bytes. */
import type { JsonValue } from "../../../protocol/index.js";

const SIGNATURES: Array<[prefix: string, type: string]> = [
  ["iVBORw0KGgo", "image/png"],
  ["/9j/", "image/jpeg"],
  ["R0lGOD", "image/gif"],
  ["UklGR", "image/webp"],
  ["PHN2Zy", "image/svg+xml"],
  ["PD94bWwg", "image/svg+xml"],
  ["Qk", "image/bmp"],
  ["AAABAA", "image/x-icon"],
];

/**
 * `"iVBORw0…"` → `"data:image/png;base64,iVBORw0…"`; a given `data:` URL as it is (the caller's
 * `safeUrl` lets only `data:image/…` through); anything else → undefined.
 */
export function imageData(value: JsonValue | undefined): string | undefined {
  if (typeof value === "string" && /^data:/i.test(value)) return value;
  if (typeof value !== "string" || value === "" || !/^[A-Za-z0-9+/=\s]+$/.test(value)) return undefined;
  const data = value.replace(/\s+/g, "");
  const type = SIGNATURES.find(([prefix]) => data.startsWith(prefix))?.[1] ?? "image/png";
  return `data:${type};base64,${data}`;
}
