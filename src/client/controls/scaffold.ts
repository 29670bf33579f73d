/**
 * The page's scaffold: where `page.appbar`, the page's controls, `page.navigationBar`,
 * `page.bottomAppBar`, `page.floatingActionButton`, `page.drawer` and `page.overlay` go. The app
 * bar sticks to the top and the bottom bars to the bottom while the page scrolls; the floating
 * button floats above the bottom bars; the drawer and the overlays take no room in the flow.
 * The bars' heights are kept in `--weft-top-height` and `--weft-bottom-height`, so a banner sits
 * under the app bar and snack bars and the floating button above the bottom bars.
 */
import { h } from "../dom.js";

/** Slot name → the class of its holder. Every holder holds its slot's children only. */
const HOLDERS = {
  appbar: "weft-scaffold__appbar",
  navigationBar: "weft-scaffold__navigation-bar",
  bottomAppBar: "weft-scaffold__bottom-app-bar",
  floatingActionButton: "weft-scaffold__fab",
  drawer: "weft-scaffold__drawer",
  overlay: "weft-scaffold__overlay",
} as const;

export class Scaffold {
  /** The outermost element: the page's own. */
  readonly element = h("div", "weft-scaffold");
  /** The holder of the page's controls, padded and spaced by the page's props. */
  readonly body = h("main", "weft-page");
  readonly #holders = new Map<string, HTMLElement>();
  readonly #observer: ResizeObserver | undefined;

  constructor() {
    for (const [slot, className] of Object.entries(HOLDERS)) this.#holders.set(slot, h("div", className));
    const holder = (slot: keyof typeof HOLDERS) => this.#holders.get(slot)!;
    const bottom = h("div", "weft-scaffold__bottom");
    bottom.append(holder("navigationBar"), holder("bottomAppBar"));
    this.element.append(holder("appbar"), this.body, bottom, holder("floatingActionButton"), holder("drawer"), holder("overlay"));
    this.#holders.set("controls", this.body);
    if (typeof ResizeObserver === "function") {
      this.#observer = new ResizeObserver(() => {
        this.element.style.setProperty("--weft-top-height", `${holder("appbar").offsetHeight}px`);
        this.element.style.setProperty("--weft-bottom-height", `${bottom.offsetHeight}px`);
      });
      this.#observer.observe(holder("appbar"));
      this.#observer.observe(bottom);
    }
  }

  /** The holder of a page slot. */
  slot(name: string): HTMLElement | undefined {
    return this.#holders.get(name);
  }

  destroy(): void {
    this.#observer?.disconnect();
  }
}
