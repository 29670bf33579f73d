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

/** The server's scaffold `served` (decision 0047), when it has every holder: those elements by slot, and its bottom bar. */
function servedParts(served: HTMLElement | undefined): { holders: Map<string, HTMLElement>; body: HTMLElement; bottom: HTMLElement } | undefined {
  if (served?.localName !== "div" || !served.classList.contains("weft-scaffold")) return undefined;
  const find = (className: string) => served.querySelector<HTMLElement>(`:scope > .${className}, :scope > .weft-scaffold__bottom > .${className}`);
  const holders = new Map<string, HTMLElement>();
  for (const [slot, className] of Object.entries(HOLDERS)) {
    const holder = find(className);
    if (!holder) return undefined;
    holders.set(slot, holder);
  }
  const body = served.querySelector<HTMLElement>(":scope > main.weft-page");
  const bottom = find("weft-scaffold__bottom");
  return body && bottom ? { holders, body, bottom } : undefined;
}

export class Scaffold {
  /** The outermost element: the page's own. */
  readonly element: HTMLElement;
  /** The holder of the page's controls, padded and spaced by the page's props. */
  readonly body: HTMLElement;
  readonly #holders: Map<string, HTMLElement>;
  readonly #observer: ResizeObserver | undefined;

  /** `served`: the server's scaffold, adopted as it is when it has every part. */
  constructor(served?: HTMLElement) {
    const parts = servedParts(served);
    const holder = (slot: keyof typeof HOLDERS) => this.#holders.get(slot)!;
    let bottom: HTMLElement;
    if (parts) {
      ({ holders: this.#holders, body: this.body, bottom } = parts);
      this.element = served!;
    } else {
      this.element = h("div", "weft-scaffold");
      this.body = h("main", "weft-page");
      this.#holders = new Map();
      for (const [slot, className] of Object.entries(HOLDERS)) this.#holders.set(slot, h("div", className));
      bottom = h("div", "weft-scaffold__bottom");
      bottom.append(holder("navigationBar"), holder("bottomAppBar"));
      this.element.append(holder("appbar"), this.body, bottom, holder("floatingActionButton"), holder("drawer"), holder("overlay"));
    }
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
