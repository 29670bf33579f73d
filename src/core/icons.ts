/**
 * `Icons`: every icon of the self-hosted Material Symbols font by Flet's name, the icon's name in
 * upper snake case (`Icons.ADD === "add"`, `Icons.DELETE_OUTLINE === "delete_outline"`). Flet's
 * style suffixes are accepted too (`Icons.SEND_ROUNDED`, `Icons.CREATE_OUTLINED`): the font draws
 * the symbol in its one style, outlined. A name that is no icon throws at once with the nearest
 * one (`Icons.DELET` → "did you mean Icons.DELETE?"), in Node and in a static site alike; a plain
 * string still works for any name the font knows (`new Icon("owl")`).
 *
 * The names are one string (./icon-names.ts), read into a table on the first use of `Icons`.
 */
import { closestName } from "./control-spec.js";
import { ControlError, ErrorCode } from "./errors.js";
import { LEGACY_NAMES, SYMBOL_NAMES, type LegacyIconName, type SymbolName } from "./icon-names.js";

/** An icon name the font draws, e.g. `"favorite"`. */
export type IconName = SymbolName | LegacyIconName;

/** Flet's style suffixes: the names of other fonts' variants, drawn here as the base symbol. */
type StyleSuffix = "" | "_OUTLINED" | "_ROUNDED" | "_SHARP";

/** Flet's name of an icon, with or without a style suffix: `"DELETE"`, `"SEND_ROUNDED"`. */
export type IconConstant = `${Uppercase<IconName>}${StyleSuffix}`;

export type IconConstants = { readonly [K in IconConstant]: string };

const SUFFIX = /_(?:OUTLINED|ROUNDED|SHARP)$/;

let table: Map<string, string> | undefined;

/** Constant name → icon name, made on first use. */
function names(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const list of [SYMBOL_NAMES, LEGACY_NAMES]) for (const name of list.split(" ")) table.set(name.toUpperCase(), name);
  }
  return table;
}

/** The icon name of a constant, with its style suffix kept (the client draws the base symbol). */
function lookUp(key: string): string | undefined {
  const all = names();
  const name = all.get(key);
  if (name !== undefined) return name;
  const base = all.get(key.replace(SUFFIX, ""));
  return base === undefined ? undefined : key.toLowerCase();
}

/** Upper snake case: what a constant looks like (anything else, `then` or `toJSON`, is not one). */
const CONSTANT = /^[A-Z0-9][A-Z0-9_]*$/;

export const Icons: IconConstants = /* @__PURE__ */ new Proxy({} as IconConstants, {
  get(_, key) {
    if (typeof key !== "string" || !CONSTANT.test(key)) return undefined;
    const name = lookUp(key);
    if (name !== undefined) return name;
    const hint = closestName(key.replace(SUFFIX, ""), names().keys());
    throw new ControlError(ErrorCode.badValue, `Icons has no icon ${key}${hint ? `; did you mean Icons.${hint}?` : ""}`);
  },
  has(_, key) {
    return typeof key === "string" && CONSTANT.test(key) && lookUp(key) !== undefined;
  },
  ownKeys() {
    return [...names().keys()];
  },
  getOwnPropertyDescriptor(_, key) {
    const name = typeof key === "string" ? names().get(key) : undefined;
    return name === undefined ? undefined : { value: name, enumerable: true, configurable: true, writable: false };
  },
});

/**
 * Throws `control.bad-value` unless `value` names an icon the font draws (any case, with or
 * without Flet's `_outlined`/`_rounded`/`_sharp` suffix) or is `""` (no icon): `"delet"` would
 * otherwise show as the word "delet" where the icon should be. Installed by the server and the
 * pilot (`useIconCheck`, ./icon-check.ts).
 */
export function checkIconName(owner: string, prop: string, value: unknown): void {
  if (value === "" || value === null) return;
  if (typeof value === "string" && lookUp(value.toUpperCase()) !== undefined) return;
  const text = String(value);
  const hint = closestName(text.toUpperCase().replace(SUFFIX, ""), names().keys());
  throw new ControlError(
    ErrorCode.badValue,
    `${owner}.${prop}: no icon is named ${JSON.stringify(text.slice(0, 60))}${hint ? `; did you mean "${hint.toLowerCase()}" (Icons.${hint})?` : ""}`,
  );
}
