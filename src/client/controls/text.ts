/**
 * `text`: a run of text in a text node (never parsed as HTML), followed by its styled `spans`
 * (text-spans.ts); selectable unless `selectable: false`.
 */
import { color } from "../colors.js";
import { h, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { spanNodes } from "./parts/text-spans.js";

/** The type-scale roles a Text's `themeStyle` may name (base.css styles each). */
const THEME_STYLES: ReadonlySet<string> = new Set(
  ["display", "headline", "title", "body", "label"].flatMap((role) => ["Large", "Medium", "Small"].map((size) => `${role}${size}`)),
);

/** `"bold"` → 700, `"w500"` → 500, `"normal"` → 400. */
export function fontWeight(value: unknown): string {
  if (value === "bold") return "700";
  if (value === "normal") return "400";
  return typeof value === "string" && /^w[1-9]00$/.test(value) ? value.slice(1) : "";
}

/**
 * A class rather than a closure: a page may hold tens of thousands of Texts, and each one then
 * costs one object (methods live on the prototype). The text node is made on the first non-empty
 * value.
 */
class TextView {
  readonly element = h("span", "weft-text");
  #text: Text | undefined;
  #spans: HTMLElement | undefined;
  #themeClass: string | undefined;

  setSpans(value: unknown): void {
    this.#spans?.remove();
    this.#spans = undefined;
    if (Array.isArray(value) && value.length > 0) {
      this.#spans = h("span", "weft-text__spans");
      this.#spans.append(...spanNodes(value));
      this.element.append(this.#spans);
    }
  }

  setThemeStyle(value: unknown): void {
    const element = this.element;
    if (this.#themeClass) element.classList.remove(this.#themeClass);
    this.#themeClass = typeof value === "string" && THEME_STYLES.has(value) ? `weft-text--${value.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : undefined;
    if (this.#themeClass) element.classList.add(this.#themeClass);
  }

  setValue(value: string): void {
    if (this.#text) this.#text.data = value;
    else if (!value) return;
    else if (!this.#spans) this.#text = this.element.appendChild(document.createTextNode(value));
    else this.#text = this.element.insertBefore(document.createTextNode(value), this.#spans);
  }
}

export const text = defineRenderer("text", {
  create: () => new TextView(),
  props: {
    value: (view, value) => view.setValue(str(value)),
    spans: (view, value) => view.setSpans(value),
    themeStyle: (view, value) => view.setThemeStyle(value),
    size: ({ element }, value) => (element.style.fontSize = typeof value === "number" ? `${value}px` : ""),
    weight: ({ element }, value) => (element.style.fontWeight = fontWeight(value)),
    italic: ({ element }, value) => (element.style.fontStyle = value === true ? "italic" : ""),
    color: ({ element }, value) => (element.style.color = color(value)),
    fontFamily: ({ element }, value) => (element.style.fontFamily = str(value)),
    textAlign: ({ element }, value) => (element.style.textAlign = str(value)),
    maxLines({ element }, value) {
      const lines = typeof value === "number" && value > 0 ? String(Math.floor(value)) : "";
      element.classList.toggle("weft-text--clamp", lines !== "");
      element.style.setProperty("-webkit-line-clamp", lines);
    },
    noWrap: ({ element }, value) => element.classList.toggle("weft-text--nowrap", value === true),
    selectable: ({ element }, value) => element.classList.toggle("weft-text--unselectable", value === false),
  },
});
