/**
 * `text`: a run of text in a text node (never parsed as HTML), followed by its styled `spans`
 * (text-spans.ts); selectable unless `selectable: false`.
 */
import { color } from "../colors.js";
import { h, str } from "../dom.js";
import type { WireProps } from "../../protocol/index.js";
import type { ControlView, Renderer } from "../registry.js";
import { spanNodes } from "./text-spans.js";

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
class TextView implements ControlView {
  readonly element = h("span", "weft-text");
  #text: Text | undefined;
  #spans: HTMLElement | undefined;
  #themeClass: string | undefined;

  update(changed: Readonly<WireProps>): void {
    const element = this.element;
    for (const name in changed) {
      const value = changed[name];
      switch (name) {
        case "value":
          this.#setValue(str(value));
          break;
        case "spans":
          this.#spans?.remove();
          this.#spans = undefined;
          if (Array.isArray(value) && value.length > 0) {
            this.#spans = h("span", "weft-text__spans");
            this.#spans.append(...spanNodes(value));
            element.append(this.#spans);
          }
          break;
        case "themeStyle":
          this.#setThemeStyle(value);
          break;
        case "size":
          element.style.fontSize = typeof value === "number" ? `${value}px` : "";
          break;
        case "weight":
          element.style.fontWeight = fontWeight(value);
          break;
        case "italic":
          element.style.fontStyle = value === true ? "italic" : "";
          break;
        case "color":
          element.style.color = color(value);
          break;
        case "fontFamily":
          element.style.fontFamily = str(value);
          break;
        case "textAlign":
          element.style.textAlign = str(value);
          break;
        case "maxLines": {
          const lines = typeof value === "number" && value > 0 ? String(Math.floor(value)) : "";
          element.classList.toggle("weft-text--clamp", lines !== "");
          element.style.setProperty("-webkit-line-clamp", lines);
          break;
        }
        case "noWrap":
          element.classList.toggle("weft-text--nowrap", value === true);
          break;
        case "selectable":
          element.classList.toggle("weft-text--unselectable", value === false);
          break;
      }
    }
  }

  #setThemeStyle(value: unknown): void {
    const element = this.element;
    if (this.#themeClass) element.classList.remove(this.#themeClass);
    this.#themeClass = typeof value === "string" && THEME_STYLES.has(value) ? `weft-text--${value.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : undefined;
    if (this.#themeClass) element.classList.add(this.#themeClass);
  }

  #setValue(value: string): void {
    if (this.#text) this.#text.data = value;
    else if (!value) return;
    else if (!this.#spans) this.#text = this.element.appendChild(document.createTextNode(value));
    else this.#text = this.element.insertBefore(document.createTextNode(value), this.#spans);
  }
}

export const text: Renderer = () => new TextView();
