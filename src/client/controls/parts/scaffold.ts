/**
 * The page's scaffold: where `page.appbar`, the page's controls, `page.navigationBar`,
 * `page.bottomAppBar`, `page.floatingActionButton`, `page.drawer` and `page.overlay` go. The app
 * bar sticks to the top and the bottom bars to the bottom while the page scrolls; the floating
 * button floats above the bottom bars; the drawer and the overlays take no room in the flow.
 * The bars' heights are kept in `--weft-top-height` and `--weft-bottom-height`, so a banner sits
 * under the app bar and snack bars and the floating button above the bottom bars.
 */
import { h } from "../../dom.js";

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
      // The bars' heights, for what floats above them (the FAB, the snack bar, the banner). Taken
      // from the observer's entries, not `offsetHeight`, which would lay the page out again; and
      // set only on those holders when changed, not on the scaffold, where a custom property
      // would restyle every control of the page (10,000 Texts: 11–14 ms).
      const heights = new Map<Element, number>([[holder("appbar"), 0], [bottom, 0]]);
      const floating = [holder("floatingActionButton"), holder("overlay")];
      this.#observer = new ResizeObserver((entries) => {
        for (const entry of entries) {
          const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
          if (heights.get(entry.target) === height) continue;
          heights.set(entry.target, height);
          const name = entry.target === bottom ? "--weft-bottom-height" : "--weft-top-height";
          for (const element of floating) element.style.setProperty(name, `${height}px`);
        }
      });
      for (const bar of heights.keys()) this.#observer.observe(bar);
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
