/**
 * Helpers for renderers built on `@material/web` (Lit elements). Importing this module installs the
 * CSP fix for Lit's `styleMap` (`lit-csp.ts`) before any widget renders.
 *
 * Widgets on nearly every page (icon buttons, text fields, checkboxes) are imported by
 * their renderers and ship in `weft.js`. The others (`lazyElement`) are created at once and
 * upgraded when their module arrives with `import()`, so a page pays only for what it shows.
 */
import "./lit-csp.js";

/** What Weft uses of a Lit element. */
interface LitLike {
  readonly updateComplete?: Promise<unknown>;
  readonly hasUpdated?: boolean;
  readonly isUpdatePending?: boolean;
  performUpdate?(): void;
}

const loading = new Map<string, Promise<unknown>>();

/**
 * Creates `tag` now and loads its definition once, on first use. The element is usable at once:
 * props set before it upgrades are picked up by Lit when it does.
 */
export function lazyElement<K extends keyof HTMLElementTagNameMap>(tag: K, load: () => Promise<unknown>, className?: string): HTMLElementTagNameMap[K] {
  if (!customElements.get(tag) && !loading.has(tag)) {
    loading.set(
      tag,
      load().catch((error: unknown) => {
        loading.delete(tag);
        console.error(`[weft] ${tag} could not load`, error);
      }),
    );
  }
  const element = document.createElement(tag);
  if (className) element.className = className;
  return element;
}

/** Runs `fn` once `el` is defined, on the page and rendered (at once if it already is). */
export function afterRender(el: HTMLElement, fn: () => void): void {
  customElements
    .whenDefined(el.localName)
    .then(() => (el as LitLike).updateComplete)
    .then(() => el.isConnected && fn());
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
