/**
 * `weft.css` read as a list of rules, for the first paint's stylesheet (used-styles.ts, decision
 * 0063): style rules with their selectors, grouping at-rules (`@media`, `@supports`,
 * `@container`, `@layer`) with the rules inside them, `@keyframes` by name, and everything else
 * (`@font-face`, `@property`, `@import`, statements) as text that is always kept. It reads the
 * stylesheet esbuild built (minified, no nesting), and any valid CSS: strings, comments and
 * nested blocks are skipped over as a whole, so a brace in a string or a nested rule never ends
 * a block early.
 */

/** One item of a stylesheet, as the first paint selects from it. */
export type CssItem =
  /** A style rule: its selector list, and its whole text (`a,.b{…}`). */
  | { kind: "style"; selectors: string; text: string }
  /** A grouping at-rule: its prelude (`@media (…)`) and the items of its block. */
  | { kind: "group"; prelude: string; items: CssItem[] }
  /** `@keyframes name{…}`: kept when a kept rule names it. */
  | { kind: "keyframes"; name: string; text: string }
  /** Kept in every first paint: `@font-face`, `@property`, `@import`, `@layer a,b;`, an unknown at-rule. */
  | { kind: "always"; text: string };

/** At-rules whose block holds rules, selected one by one. */
const GROUPS: ReadonlySet<string> = new Set(["media", "supports", "container", "layer", "scope", "document", "-moz-document"]);

/** A stylesheet the first paint cannot read: names the offset, so the CSS can be looked at there. */
export class StylesheetParseError extends Error {
  override name = "StylesheetParseError";
}

/** The index just past the string that starts at `i` (a quote). */
function skipString(css: string, i: number): number {
  const quote = css[i];
  for (let j = i + 1; j < css.length; j++) {
    if (css[j] === "\\") j++;
    else if (css[j] === quote) return j + 1;
  }
  throw new StylesheetParseError(`the stylesheet has a string that never ends (from offset ${i})`);
}

/** The index just past the comment that starts at `i` (`/*`). */
function skipComment(css: string, i: number): number {
  const end = css.indexOf("*/", i + 2);
  if (end < 0) throw new StylesheetParseError(`the stylesheet has a comment that never ends (from offset ${i})`);
  return end + 2;
}

/**
 * From `i`, the index of the first of `stops` outside strings, comments and brackets, or `end`.
 * `{` `}` count as brackets only when not in `stops`.
 */
function findStop(css: string, i: number, end: number, stops: string): number {
  let depth = 0;
  while (i < end) {
    const c = css[i]!;
    if (c === '"' || c === "'") {
      i = skipString(css, i);
      continue;
    }
    if (c === "/" && css[i + 1] === "*") {
      i = skipComment(css, i);
      continue;
    }
    if (depth === 0 && stops.includes(c)) return i;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    i++;
  }
  return end;
}

/** The index of the `}` that closes the block opened at `open`. */
function closingBrace(css: string, open: number, end: number): number {
  const close = findStop(css, open + 1, end, "}");
  if (close >= end) throw new StylesheetParseError(`the stylesheet has a block that never closes (opened at offset ${open})`);
  return close;
}

/** Skips whitespace and comments from `i`. */
function skipBlank(css: string, i: number, end: number): number {
  while (i < end) {
    if (/\s/.test(css[i]!)) i++;
    else if (css[i] === "/" && css[i + 1] === "*") i = skipComment(css, i);
    else break;
  }
  return i;
}

/** Reads `css` (or the part from `start` to `end`) as a list of items. */
export function parseStylesheet(css: string, start = 0, end = css.length): CssItem[] {
  const items: CssItem[] = [];
  let i = skipBlank(css, start, end);
  while (i < end) {
    const stop = findStop(css, i, end, "{;");
    if (stop >= end || css[stop] === ";") {
      // A statement (`@import …;`, `@layer a,b;`); what is left over at the end is kept as it is.
      items.push({ kind: "always", text: css.slice(i, Math.min(stop + 1, end)) });
      i = skipBlank(css, stop + 1, end);
      continue;
    }
    const prelude = css.slice(i, stop).trim();
    const close = closingBrace(css, stop, end);
    const at = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase();
    if (at === undefined) items.push({ kind: "style", selectors: prelude, text: css.slice(i, close + 1) });
    else if (GROUPS.has(at)) items.push({ kind: "group", prelude, items: parseStylesheet(css, stop + 1, close) });
    else if (at.endsWith("keyframes")) items.push({ kind: "keyframes", name: prelude.slice(at.length + 1).trim().replace(/^["']|["']$/g, ""), text: css.slice(i, close + 1) });
    else items.push({ kind: "always", text: css.slice(i, close + 1) });
    i = skipBlank(css, close + 1, end);
  }
  return items;
}

/** Splits a selector list at its top-level commas (not those in `:is(a, b)` or `[x=","]`). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const comma = findStop(list, from, list.length, ",");
    out.push(list.slice(from, comma).trim());
    if (comma >= list.length) return out;
    from = comma + 1;
  }
}
