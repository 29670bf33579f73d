/**
 * Helpers for renderers built on `@material/web` (Lit elements). Importing this module installs the
 * CSP fix for Lit's `styleMap` (`lit-csp.ts`) before any widget renders.
 *
 * Those renderers are registered lazily (decision 0010) and import their widgets statically, so a
 * widget's code arrives with its renderer's chunk and an element is defined when it is made.
 */
import "./lit-csp.js";
import type { JsonValue } from "../protocol/index.js";
import { applyButtonStyle } from "./button-style.js";

/** What Weft uses of a Lit element. */
interface LitLike {
  readonly updateComplete?: Promise<unknown>;
  readonly hasUpdated?: boolean;
  readonly isUpdatePending?: boolean;
  performUpdate?(): void;
}

/** Runs `fn` once `el` is defined, on the page and rendered (at once if it already is). */
export function afterRender(el: HTMLElement, fn: () => void): void {
  customElements
    .whenDefined(el.localName)
    .then(() => (el as LitLike).updateComplete)
    .then(() => el.isConnected && fn());
}

/** What an `@material/web` button (`md-fab`, `md-icon-button`) does with `style` (Flet's `ButtonStyle`) and `autofocus`. */
export function applyWidgetButtonProp(element: HTMLElement, key: "style" | "autofocus", value: JsonValue | null): void {
  if (key === "style") applyButtonStyle(element, value);
  else if (value === true) focusWhenRendered(element);
}

/** Focuses a widget when it has rendered (for `autofocus`: a Lit element renders after insertion). */
export function focusWhenRendered(el: HTMLElement): void {
  afterRender(el, () => el.focus());
}

/**
 * Focuses a widget now, rendering it first if it is on the page but has not rendered yet (a
 * `focus()` call in the same patch as the insert). Returns whether focus is now inside it.
 */
export function focusNow(el: HTMLElement): boolean {
  const lit = el as LitLike;
  if (el.isConnected && lit.hasUpdated === false && lit.isUpdatePending) lit.performUpdate?.();
  el.focus();
  return el.matches(":focus-within");
}

/** Sets (or, for "", removes) a custom property on an element, e.g. a widget's colour token. */
export function token(el: HTMLElement, name: string, value: string): void {
  if (value) el.style.setProperty(name, value);
  else el.style.removeProperty(name);
}
