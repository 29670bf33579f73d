/** Where keyboard focus is, through shadow roots (an `@material/web` icon button focuses inside its own). */
import type { Locator } from "playwright-core";

/** Whether the focused element is the locator's element or inside it, or hosts it. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    let active = document.activeElement;
    const path: Element[] = [];
    while (active) {
      path.push(active);
      active = active.shadowRoot?.activeElement ?? null;
    }
    // The element itself, or a focused element inside it, or the shadow host it lives in.
    return path.some((node) => node === el || el.contains(node) || node.shadowRoot?.contains(el) === true);
  });
}
