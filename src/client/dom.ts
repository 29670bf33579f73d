/**
 * Small DOM helpers shared by the renderers. Nothing here parses HTML: text goes in through
 * `textContent`, styles through the CSSOM (`el.style.x = …`), which the page's CSP allows.
 */
import type { JsonValue } from "../protocol/index.js";

/**
 * The elements that are controls of their own (a button, a field, a link): a click that lands on
 * one inside a clickable box (a Container, a DataRow) belongs to that control, not to the box.
 */
export const INNER_CONTROLS = "button, input, textarea, select, a[href], label, [role=button]";

/** Creates an element with an optional class. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return el;
}

/**
 * The server's element `served`, when it is a `tag` of class `className` (a first paint being
 * adopted, decision 0047), else a new one, as `h` makes it.
 */
export function hOrServed<K extends keyof HTMLElementTagNameMap>(served: HTMLElement | undefined, tag: K, className: string): HTMLElementTagNameMap[K] {
  if (served?.localName === tag && served.classList.contains(className)) return served as HTMLElementTagNameMap[K];
  return h(tag, className);
}

/** Sets or (for null, undefined or false) removes an attribute; `true` sets it empty. */
export function attr(el: Element, name: string, value: string | number | boolean | null | undefined): void {
  if (value === null || value === undefined || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? "" : String(value));
}

/** A number as CSS pixels; anything else clears the property. */
export function px(value: JsonValue | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? `${value}px` : "";
}

/** A string prop, or the fallback when it is absent or of another type. */
export function str(value: JsonValue | undefined, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

/** A Material Symbols icon: a ligature in the self-hosted font, hidden from assistive tech. */
export function icon(name: string, className = ""): HTMLSpanElement {
  const el = h("span", `material-symbols-outlined${className ? ` ${className}` : ""}`);
  el.setAttribute("aria-hidden", "true");
  el.textContent = glyphName(name);
  return el;
}

/** Puts an icon of `name` in `element`'s slot `slot`, in place of `old`; none for an empty name. Returns it. */
export function slottedIcon(element: HTMLElement, old: HTMLElement | undefined, name: string, slot: string): HTMLSpanElement | undefined {
  old?.remove();
  if (!name) return undefined;
  const glyph = icon(name);
  glyph.slot = slot;
  element.append(glyph);
  return glyph;
}

/**
 * A Material Symbols ligature from an icon name: Flet's style suffixes (`home_outlined`,
 * `home_rounded`, `home_sharp`) name variants of other fonts; the outlined font draws the base name.
 */
export function glyphName(name: string): string {
  return name.replace(/_(?:outlined|rounded|sharp)$/, "");
}

/** Space on each side from a number or a `{ left, top, right, bottom }` object, as a CSS value. */
export function spacing(value: JsonValue | undefined): string {
  if (typeof value === "number") return px(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const side = (v: JsonValue | undefined) => px(v) || "0px";
    return `${side(value.top)} ${side(value.right)} ${side(value.bottom)} ${side(value.left)}`;
  }
  return "";
}

/** Sets a custom property through the CSSOM (which the page's CSP allows), or removes it for "". */
export function customProperty(el: HTMLElement, name: string, value: string): void {
  if (value) el.style.setProperty(name, value);
  else el.style.removeProperty(name);
}
