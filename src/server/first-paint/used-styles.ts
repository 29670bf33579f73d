/**
 * The first paint's stylesheet (issue 21, decision 0063): the rules of `weft.css` that the
 * painted markup can use, inlined in the page so it shows without waiting for the whole
 * stylesheet, which the client then loads without blocking the paint (client/full-stylesheet.ts).
 *
 * A rule is kept when one of its selectors can match the markup: every class, id and element name
 * its compounds require appears in it (markup-names.ts). What a selector says inside `:not()`,
 * `:is()`, `:has()` and the like, and its attribute tests, are not required, so a rule is kept
 * when in doubt: a kept rule that matches nothing costs bytes, a dropped one that matches would
 * move the page when the full sheet arrives. A compound on the document's root (`:root`, `html`,
 * `body`) requires nothing, so the theme's tokens (`:root.weft-dark`, the dark scheme's `@media`)
 * are all there. `@font-face` and `@property` are always kept; `@keyframes` when a kept rule names
 * them; a grouping rule (`@media`, `@container`) when a rule inside it is kept.
 */
import { clientAssets } from "../client-assets.js";
import { styleHash } from "../page-html.js";
import { markupNames, type MarkupNames } from "./markup-names.js";
import { parseStylesheet, splitSelectors, type CssItem } from "./stylesheet-rules.js";

/** The rules a first paint inlines, and the CSP source that allows them. */
export interface UsedStyles {
  css: string;
  /** `'sha256-…'` of `css`. */
  hash: string;
}

/** Elements whose compound in a selector requires nothing (nor does `:root`'s): they are always on the page, whatever classes the client gives them. */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(["html", "body"]);

/** Removes a selector's parts that it does not require of the markup: functional pseudo-classes with their arguments, and attribute tests. */
function requiredPart(selector: string): string {
  let out = "";
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    if (c === "\\") {
      out += c + (selector[++i] ?? "");
    } else if (c === "[" || c === "(") {
      // Skip to the matching bracket (strings inside may hold brackets).
      let depth = 0;
      for (; i < selector.length; i++) {
        const d = selector[i]!;
        if (d === '"' || d === "'") i = selector.indexOf(d, i + 1);
        else if (d === "[" || d === "(") depth++;
        else if (d === "]" || d === ")") depth--;
        if (depth === 0 || i < 0) break;
      }
      if (i < 0) return out;
      // A functional pseudo-class's name goes with its argument (`:not(`, `::part(`).
      if (c === "(") out = out.replace(/::?[\w-]+$/, "");
    } else out += c;
  }
  return out;
}

/** `\31 0` → `10`, `\:` → `:`: a CSS identifier as the markup spells it. */
function unescapeIdentifier(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(/\\(?:([0-9a-fA-F]{1,6})\s?|([^]))/g, (_, hex: string | undefined, char: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char));
}

const IDENT = String.raw`(?:\\[0-9a-fA-F]{1,6}\s?|\\.|[\w-]|[^\x00-\x7f])+`;
const CLASS = new RegExp(String.raw`\.(${IDENT})`, "g");
const ID = new RegExp(String.raw`#(${IDENT})`, "g");
/** A compound's type selector, after any namespace (`svg|rect`). */
const TYPE = new RegExp(String.raw`^(?:(?:\*|${IDENT})?\|)?(\*|${IDENT})?`);

/** Whether one compound selector (`md-filled-button.weft-x:hover`) can match an element of the markup. */
function compoundCanMatch(compound: string, names: MarkupNames): boolean {
  if (compound === "") return true;
  const type = (TYPE.exec(compound)?.[1] ?? "").toLowerCase();
  if (PAGE_ELEMENTS.has(type) || /:root(?![\w-])/.test(compound)) return true;
  if (type !== "" && type !== "*" && !names.elements.has(unescapeIdentifier(type))) return false;
  for (const [, name] of compound.matchAll(CLASS)) if (!names.classes.has(unescapeIdentifier(name!))) return false;
  for (const [, name] of compound.matchAll(ID)) if (!names.ids.has(unescapeIdentifier(name!))) return false;
  return true;
}

/** Whether a selector (one of a list) can match the markup: each of its compounds can. */
export function selectorCanMatch(selector: string, names: MarkupNames): boolean {
  // Combinators and the spaces around them split compounds; an escaped space (`\ `, or the one that ends `\2d `) does not.
  return requiredPart(selector)
    .split(/(?<!\\)\s*[>+~]\s*|(?<!\\|\\[0-9a-fA-F]{1,6})\s+/)
    .every((compound) => compoundCanMatch(compound.trim(), names));
}

/** The items of `items` the markup can use, as CSS text; the `@keyframes` met are put in `keyframes` by name, for `selectRules` to keep those named. */
function selectItems(items: readonly CssItem[], names: MarkupNames, keyframes: Map<string, string>): string {
  let css = "";
  for (const item of items) {
    if (item.kind === "style") {
      if (splitSelectors(item.selectors).some((selector) => selectorCanMatch(selector, names))) css += item.text;
    } else if (item.kind === "group") {
      const inner = selectItems(item.items, names, keyframes);
      if (inner) css += `${item.prelude}{${inner}}`;
    } else if (item.kind === "keyframes") keyframes.set(item.name, item.text);
    else css += item.text;
  }
  return css;
}

/** The rules of `sheet` that markup with these names can use (keyframes last, those named by a kept rule). */
export function selectRules(sheet: readonly CssItem[], names: MarkupNames): string {
  const keyframes = new Map<string, string>();
  let css = selectItems(sheet, names, keyframes);
  const named = [...keyframes].filter(([name]) => new RegExp(String.raw`(?<![\w-])${name.replace(/[^\w-]/g, "\\$&")}(?![\w-])`).test(css));
  for (const [, text] of named) css += text;
  return css;
}

/**
 * The stylesheet's relative `url(…)`s (its fonts, `./fonts/…` beside `weft.css`) made relative to
 * the asset base: inlined in the page, they would otherwise resolve against the page's address.
 */
export function rebaseUrls(css: string, assetBase: string): string {
  // Quoted, and `"`, `\\` and line breaks escaped: the asset base is the host's to choose.
  const quoted = (url: string) => `"${url.replace(/["\\]/g, "\\$&").replace(/[\r\n\f]/g, "\\a ")}"`;
  return css.replace(/url\(\s*(["']?)(?![a-z][\w+.-]*:|\/|#)(?:\.\/)?([^"')]*)\1\s*\)/gi, (_, _quote: string, path: string) => `url(${quoted(assetBase + path)})`);
}

/** Distinct sets of names kept, beyond which the oldest is dropped: a page's set depends on its control types and a few props. */
const CACHE_ENTRIES = 64;

/** The rules of a stylesheet for each set of names in the markup, computed once per set. */
export class UsedStylesCache {
  readonly #sheet: readonly CssItem[];
  readonly #assetBase: string;
  readonly #entries = new Map<string, UsedStyles>();

  constructor(stylesheet: string, assetBase: string) {
    this.#sheet = parseStylesheet(stylesheet);
    this.#assetBase = assetBase;
  }

  /** The rules the markup `html` can use. */
  forMarkup(html: string): UsedStyles {
    const names = markupNames(html);
    const key = [[...names.elements].sort().join(" "), [...names.classes].sort().join(" "), [...names.ids].sort().join(" ")].join("\n");
    let used = this.#entries.get(key);
    if (used) {
      // The most recently used last, so the oldest is the first to go.
      this.#entries.delete(key);
    } else {
      const css = rebaseUrls(selectRules(this.#sheet, names), this.#assetBase);
      if (/<\/style/i.test(css)) throw new Error("the first paint's rules cannot be put inline: they contain </style");
      used = { css, hash: styleHash(css) };
      if (this.#entries.size >= CACHE_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, used);
    return used;
  }
}

/** One cache per asset base, over the client's `weft.css`. */
const caches = new Map<string, Promise<UsedStylesCache>>();

/** The rules of the client's `weft.css` that `html` can use, its fonts under `assetBase`. */
export async function usedStyles(html: string, assetBase: string): Promise<UsedStyles> {
  let cache = caches.get(assetBase);
  if (!cache) {
    cache = clientAssets().then((assets) => {
      const sheet = assets.get("weft.css");
      if (!sheet) throw new Error("the client's assets have no weft.css");
      return new UsedStylesCache(new TextDecoder().decode(sheet.body), assetBase);
    });
    caches.set(assetBase, cache);
  }
  return (await cache).forMarkup(html);
}
