/**
 * JSON for values that live in the browser (`page.clientStorage`): what the app stores is turned
 * into JSON text here, and what the browser hands back is checked before the app sees it. A
 * tampered browser can return anything, so text is size-capped, nesting-capped before parsing,
 * parsed as data only (never evaluated), and stripped of `__proto__` keys.
 */
import { ErrorCode, WeftError } from "./errors.js";

/** Bounds on one stored value. */
export interface ClientJsonLimits {
  /** Longest JSON text of one value, in characters. */
  maxChars: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
}

export const CLIENT_JSON_LIMITS: Readonly<ClientJsonLimits> = { maxChars: 48 * 1024, maxDepth: 32 };

/** Nesting depth of JSON text, counted without parsing (strings skipped); stops past `max`. */
function depthOf(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** Drops keys that could reach a prototype when the value is later merged into an object. */
const dropProtoKeys = (key: string, value: unknown): unknown => (key === "__proto__" ? undefined : value);

/** The JSON text of `value`, or a `storage.bad-value` error naming what cannot be stored. */
export function toJsonText(value: unknown, what: string, limits: ClientJsonLimits = CLIENT_JSON_LIMITS): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => {
      const type = typeof v;
      if (type === "function" || type === "symbol" || type === "bigint" || (type === "undefined" && _key !== "")) {
        throw new WeftError(ErrorCode.storageBadValue, `${what}: a ${type} cannot be stored (JSON values only)`);
      }
      if (type === "number" && !Number.isFinite(v)) throw new WeftError(ErrorCode.storageBadValue, `${what}: ${String(v)} cannot be stored (JSON numbers only)`);
      return v;
    });
  } catch (error) {
    if (error instanceof WeftError) throw error;
    throw new WeftError(ErrorCode.storageBadValue, `${what}: the value cannot be stored as JSON (${(error as Error)?.message ?? error})`);
  }
  if (text === undefined) throw new WeftError(ErrorCode.storageBadValue, `${what}: undefined cannot be stored (use delete())`);
  if (text.length > limits.maxChars) throw new WeftError(ErrorCode.storageBadValue, `${what}: the value is ${text.length} characters of JSON, over the ${limits.maxChars} allowed`);
  if (depthOf(text, limits.maxDepth) > limits.maxDepth) throw new WeftError(ErrorCode.storageBadValue, `${what}: the value nests deeper than ${limits.maxDepth}`);
  return text;
}

function badReply(what: string, why: string): WeftError {
  return new WeftError(ErrorCode.storageBadReply, `${what}: the browser returned ${why}; ignored`);
}

/** The value in JSON text from the browser, or a `storage.bad-reply` error; never evaluates it. */
export function fromClientJson(text: unknown, what: string, limits: ClientJsonLimits = CLIENT_JSON_LIMITS): unknown {
  if (typeof text !== "string") throw badReply(what, `a ${text === null ? "null" : typeof text} instead of JSON text`);
  if (text.length > limits.maxChars) throw badReply(what, `${text.length} characters, over the ${limits.maxChars} allowed`);
  if (depthOf(text, limits.maxDepth) > limits.maxDepth) throw badReply(what, `a value nested deeper than ${limits.maxDepth}`);
  try {
    return JSON.parse(text, dropProtoKeys);
  } catch {
    throw badReply(what, "text that is not JSON");
  }
}
