/**
 * The class names, ids and element names a first paint's markup holds, read from its HTML, for
 * choosing the rules it can use (used-styles.ts). Read from the serialized markup, so it does not
 * depend on how the string host built it; a serializer writes every attribute value in double
 * quotes with `"` escaped, and text with `<` escaped, so a tag or a `class="…"` found here is one
 * (a text that reads `class="x"` adds a name that is not there: a rule kept too many, never one
 * dropped).
 */

export interface MarkupNames {
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  /** Lower case. */
  elements: ReadonlySet<string>;
}

/** The page around the root (page-html.ts): always there, whatever the markup. */
const PAGE = { elements: ["html", "head", "body", "div", "noscript"], ids: ["weft-root"] };

/** Ends an element's name after `<`: whitespace, `/` or `>`. */
const NAME_END = /[\s/>]/g;

/**
 * Each value of the attribute `name` (with the space before it: ` class="`) in `html`, each
 * distinct value once. A scan with `indexOf`: on the markup of 10,000 Texts, `matchAll` with
 * regular expressions took 1.6 times as long (4.5 against 2.8 ms at best) for the same answer.
 */
function attributeValues(html: string, name: string, into: (value: string) => void): void {
  const seen = new Set<string>();
  for (let at = html.indexOf(name); at >= 0; at = html.indexOf(name, at)) {
    const start = at + name.length;
    const end = html.indexOf('"', start);
    if (end < 0) return;
    const value = html.slice(start, end);
    if (!seen.has(value)) {
      seen.add(value);
      into(decode(value));
    }
    at = end + 1;
  }
}

/** Every element's name after its `<` (closing tags and `<!` skipped). */
function elementNames(html: string, into: Set<string>): void {
  const seen = new Set<string>();
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at + 1)) {
    const first = html.charCodeAt(at + 1);
    // Only a letter starts a tag name (`</`, `<!--` and a stray `<` do not).
    if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) continue;
    NAME_END.lastIndex = at + 1;
    const end = NAME_END.exec(html)?.index ?? html.length;
    const name = html.slice(at + 1, end);
    if (!seen.has(name)) {
      seen.add(name);
      into.add(name.toLowerCase());
    }
  }
}

/** `&amp;` and the like, in an attribute value. */
function decode(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (entity, dec: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[named!] ?? entity;
  });
}

/** The names in `html` (a root's inner HTML), with the page's own (`html`, `body`, `#weft-root`). */
export function markupNames(html: string): MarkupNames {
  const elements = new Set(PAGE.elements);
  const classes = new Set<string>();
  const ids = new Set(PAGE.ids);
  elementNames(html, elements);
  attributeValues(html, ' class="', (value) => {
    for (const name of value.split(/[\t\n\f\r ]+/)) if (name) classes.add(name);
  });
  attributeValues(html, ' id="', (value) => ids.add(value));
  return { classes, ids, elements };
}
