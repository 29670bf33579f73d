/**
 * `text`: a run of text in a text node (never parsed as HTML), followed by its styled `spans`
 * (text-spans.ts); selectable unless `selectable: false`.
 */
import { color } from "../colors.js";
import { h, hOrServed, str } from "../dom.js";
import { defineRenderer } from "../declare-renderer.js";
import { spanNodes } from "./parts/text-spans.js";

/** The type-scale roles a Text's `themeStyle` may name (base.css styles each). */
const THEME_STYLES: ReadonlySet<string> = new Set(
  ["display", "headline", "title", "body", "label"].flatMap((role) => ["Large", "Medium", "Small"].map((size) => `${role}${size}`)),
);

/** The class of each theme style: `titleLarge` → `weft-text--title-large`. */
function themeClass(style: string): string {
  return `weft-text--${style.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

const THEME_CLASSES: ReadonlySet<string> = new Set([...THEME_STYLES].map(themeClass));

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
  readonly element: HTMLSpanElement;
  #text: Text | undefined;
  #spans: HTMLElement | undefined;
  #themeClass: string | undefined;

  /** `served`: the server's span to adopt (decision 0047), read back into the view's state. */
  constructor(served: HTMLElement | undefined) {
    const element = (this.element = hOrServed(served, "span", "weft-text"));
    if (element !== served) return;
    const first = element.firstChild;
    if (first?.nodeType === Node.TEXT_NODE) this.#text = first as Text;
    const last = element.lastElementChild;
    if (last?.classList.contains("weft-text__spans")) this.#spans = last as HTMLElement;
    const classes = element.classList;
    if (classes.length > 1) for (const name of classes) if (THEME_CLASSES.has(name)) this.#themeClass = name;
  }

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
    this.#themeClass = typeof value === "string" && THEME_STYLES.has(value) ? themeClass(value) : undefined;
    if (this.#themeClass) element.classList.add(this.#themeClass);
  }

  setValue(value: string): void {
    // Compared first: an adopted Text is given the value its markup already shows.
    if (this.#text) {
      if (this.#text.data !== value) this.#text.data = value;
    } else if (!value) return;
    else if (!this.#spans) this.#text = this.element.appendChild(document.createTextNode(value));
    else this.#text = this.element.insertBefore(document.createTextNode(value), this.#spans);
  }
}

export const text = defineRenderer("text", {
  create: (_ctx, served) => new TextView(served),
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
