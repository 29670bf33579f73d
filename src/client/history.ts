/**
 * The browser side of navigation: keeps the address bar and history in step with `page.route`.
 * A route set by the server (`page.go`) becomes a history entry (scrolled to the top); Back,
 * Forward, a changed hash and a click on a route link (`<a data-weft-route>`) send `routeChange`
 * to the server, which runs `page.onRouteChange`. Each entry remembers its scroll position, and
 * Back puts it back. After a route change, focus moves to the new view's first heading.
 */
import { meta } from "./page-connection.js";
import { routeOf, urlOf, type RouteOptions } from "./route.js";

/** Where this page keeps its route: undefined for a served app (the path and query as they are). */
function staticRouting(): RouteOptions | undefined {
  if (!meta("weft-worker")) return undefined;
  return { strategy: meta("weft-routes") === "path" ? "path" : "hash", basePath: meta("weft-base") ?? "/" };
}

/** The route the address bar shows now, as `page.route` reads it. */
export function currentRoute(): string {
  const routing = staticRouting();
  return routing ? routeOf(location, routing) : location.pathname + location.search;
}

/** The same-origin URL that shows `route` in this page's routing. */
export function hrefOf(route: string): string {
  const routing = staticRouting();
  return routing ? urlOf(route, routing, location.pathname) : route;
}

export class BrowserHistory {
  #last = currentRoute();
  readonly #onPop = (): void => this.#changed(true);
  readonly #onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.("a[data-weft-route]");
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    this.#remember();
    history.pushState({ scroll: 0 }, "", link.getAttribute("href") ?? "");
    this.#changed(false);
  };

  constructor(
    private readonly send: (route: string) => void,
    private readonly scroller: () => HTMLElement,
  ) {
    addEventListener("popstate", this.#onPop);
    addEventListener("hashchange", this.#onPop);
    document.addEventListener("click", this.#onClick);
  }

  /** The server set `route`: a new history entry (or, `replace`d, the current one) unless the address bar already shows it. */
  show(route: string, replace = false): void {
    if (route === currentRoute()) {
      this.#last = route;
      return;
    }
    if (replace) history.replaceState({ scroll: 0 }, "", hrefOf(route));
    else {
      this.#remember();
      history.pushState({ scroll: 0 }, "", hrefOf(route));
    }
    this.#last = route;
    this.scroller().scrollTop = 0;
    scrollTo(0, 0);
    this.#focusHeading();
  }

  #remember(): void {
    history.replaceState({ ...(history.state as object | null), scroll: this.scroller().scrollTop }, "");
  }

  #changed(popped: boolean): void {
    const route = currentRoute();
    if (route === this.#last) return;
    this.#last = route;
    this.send(route);
    const scroll = popped ? Number((history.state as { scroll?: unknown } | null)?.scroll ?? 0) : 0;
    // the view arrives in the server's answer; put the scroll back once it is in the document
    setTimeout(() => {
      this.scroller().scrollTop = Number.isFinite(scroll) ? scroll : 0;
      this.#focusHeading();
    }, 120);
  }

  #focusHeading(): void {
    requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>("[data-weft-type=appbar] [role=heading], h1, [role=heading]");
      if (!heading) return;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
    });
  }

  destroy(): void {
    removeEventListener("popstate", this.#onPop);
    removeEventListener("hashchange", this.#onPop);
    document.removeEventListener("click", this.#onClick);
  }
}
