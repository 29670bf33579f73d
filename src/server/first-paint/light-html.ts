/**
 * The first paint's light DOM written out as HTML (decision 0047), the way linkedom writes the
 * same tree (attributes too: the one set last first), except that attribute values are escaped fully (`&`, `<`, `>` and `"`; linkedom
 * escapes only the quote): void elements have no end tag, empty boolean-style attributes are
 * written bare (and an empty `id`, `class` or `style` not at all), text escapes `&`, `<`, `>` and
 * the no-break space.
 */
import { LightElement } from "./light-element.js";
import { TEXT_NODE, type LightNode, type LightParent, type LightText } from "./light-node.js";

const VOID_ELEMENTS: ReadonlySet<string> = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param", "source", "track", "wbr"]);

/** Attributes linkedom writes bare when empty (its `emptyAttributes`). */
const BARE_WHEN_EMPTY: ReadonlySet<string> = new Set([
  "allowfullscreen", "allowpaymentrequest", "async", "autofocus", "autoplay", "checked", "class", "contenteditable", "controls",
  "default", "defer", "disabled", "draggable", "formnovalidate", "hidden", "id", "ismap", "itemscope", "loop", "multiple", "muted",
  "nomodule", "novalidate", "open", "playsinline", "readonly", "required", "reversed", "selected", "style", "truespeed",
]);

/** Empty, these are not written at all. */
const DROPPED_WHEN_EMPTY: ReadonlySet<string> = new Set(["id", "class", "style"]);

const TEXT_SPECIAL = /[&<>\u00a0]/;
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\u00a0": "&#160;" };
const ATTRIBUTE_SPECIAL = /[&<>"]/;
const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c]!) : text;
}

export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(/[&<>"]/g, (c) => ATTRIBUTE_ESCAPES[c]!) : value;
}

function attribute(name: string, value: string): string {
  if (value === "" && BARE_WHEN_EMPTY.has(name)) return DROPPED_WHEN_EMPTY.has(name) ? "" : ` ${name}`;
  return ` ${name}="${escapeAttribute(value)}"`;
}

function startTag(element: LightElement): string {
  let tag = `<${element.localName}`;
  // The last set first, as linkedom writes them (the string host has moved any style into a rule).
  const style = element.getAttribute("style");
  if (style !== null) tag += attribute("style", style);
  const list = element.attributeList;
  for (let i = list.length - 2; i >= 0; i -= 2) tag += attribute(list[i]!, list[i + 1]!);
  return tag + ">";
}

/**
 * The HTML of `parent`'s children. One walk with an explicit stack (a page may be deeper than the
 * call stack): an element's end tag waits on the stack under its children.
 */
export function innerHtml(parent: LightParent): string {
  let html = "";
  const stack: (LightNode | string)[] = [];
  for (let child = parent.lastChild; child; child = child.previousSibling) stack.push(child);
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "string") html += item;
    else if (item.nodeType === TEXT_NODE) html += escapeText((item as LightText).data);
    else if (item instanceof LightElement) {
      html += startTag(item);
      if (VOID_ELEMENTS.has(item.localName)) continue;
      stack.push(`</${item.localName}>`);
      for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return html;
}
