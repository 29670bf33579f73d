/**
 * The browser side of navigation: keeps the address bar and history in step with `page.route`.
 * A route set by the server (`page.go`) becomes a history entry (scrolled to the top); Back,
 * Forward, a changed hash and a click on a route link (`<a data-weft-route>`) send `routeChange`
 * to the server, which runs `page.onRouteChange`. Each entry remembers its scroll position, and
 * Back puts it back. After a route change, focus moves to the new view's first heading.
 */
import { currentRoute, hrefOf } from "./route-href.js";

/** Longest wait for the server's answer to a history move before the scroll is put back anyway. */
const SHOW_WAIT_MS = 1000;

/** What this page keeps in each history entry's state: which entry it is, and its scroll when left. */
interface EntryState {
  weftEntry: number;
  scroll: number;
}

function entryOf(state: unknown): EntryState | undefined {
  const entry = state as Partial<EntryState> | null;
  return typeof entry?.weftEntry === "number" ? { weftEntry: entry.weftEntry, scroll: Number.isFinite(entry.scroll) ? Number(entry.scroll) : 0 } : undefined;
}

function noop(): void {}

export class BrowserHistory {
  #last = currentRoute();
  /** The current entry's number; numbers start from the time so that they stay unique across reloads. */
  #entry: number;
  #nextEntry = Date.now();
  /** Each entry's scroll when it was left, so Back and Forward put it back (the entry's state keeps it across a reload). */
  readonly #scrolls = new Map<number, number>();
  /** Stops waiting for the view of the last history move. */
  #cancelRestore: () => void = noop;
  readonly #onPop = (): void => this.#moved();
  readonly #onClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.defaultPrevented) return;
    const link = (event.target as Element | null)?.closest?.("a[data-weft-route]");
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    this.#push(link.getAttribute("href") ?? "");
    const route = currentRoute();
    if (route === this.#last) return;
    this.#last = route;
    this.send(route);
    this.#restoreWhenShown(0);
  };

  constructor(
    private readonly send: (route: string) => void,
    private readonly scroller: () => HTMLElement,
  ) {
    const entry = entryOf(history.state);
    this.#entry = entry?.weftEntry ?? this.#nextEntry++;
    if (entry) this.#scrolls.set(entry.weftEntry, entry.scroll);
    else history.replaceState({ ...(history.state as object | null), weftEntry: this.#entry, scroll: 0 }, "");
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
    if (replace) history.replaceState({ weftEntry: this.#entry, scroll: 0 } satisfies EntryState, "", hrefOf(route));
    else this.#push(hrefOf(route));
    this.#last = route;
    this.#cancelRestore();
    this.scroller().scrollTop = 0;
    scrollTo(0, 0);
    this.#focusHeading();
  }

  /** A new entry for `href`, after the current one's scroll is kept. */
  #push(href: string): void {
    const scroll = this.scroller().scrollTop;
    this.#scrolls.set(this.#entry, scroll);
    history.replaceState({ ...(history.state as object | null), weftEntry: this.#entry, scroll }, "");
    this.#entry = this.#nextEntry++;
    history.pushState({ weftEntry: this.#entry, scroll: 0 } satisfies EntryState, "", href);
  }

  /**
   * Back, Forward or a changed hash: the server hears the new route, and the entry's scroll comes
   * back once its view is shown. The entry left keeps its scroll (still on screen at `popstate`).
   */
  #moved(): void {
    const route = currentRoute();
    if (route === this.#last) return;
    this.#last = route;
    this.#scrolls.set(this.#entry, this.scroller().scrollTop);
    const entry = entryOf(history.state);
    if (entry) this.#entry = entry.weftEntry;
    else {
      // a hash typed into the address bar: a new entry of the browser's making
      this.#entry = this.#nextEntry++;
      history.replaceState({ ...(history.state as object | null), weftEntry: this.#entry, scroll: 0 }, "");
    }
    this.send(route);
    this.#restoreWhenShown(this.#scrolls.get(this.#entry) ?? entry?.scroll ?? 0);
  }

  /**
   * The view arrives in the server's answer, a round trip later: once it changes the page (or
   * after `SHOW_WAIT_MS` if it changes nothing), puts the scroll at `scroll` and focus on the new
   * view's heading. A second history move before then replaces the first.
   */
  #restoreWhenShown(scroll: number): void {
    this.#cancelRestore();
    const scroller = this.scroller();
    const observer = new MutationObserver(() => this.#restoreNow(scroller, scroll));
    observer.observe(scroller, { childList: true, subtree: true });
    const timer = setTimeout(() => this.#restoreNow(scroller, scroll), SHOW_WAIT_MS);
    this.#cancelRestore = () => {
      observer.disconnect();
      clearTimeout(timer);
      this.#cancelRestore = noop;
    };
  }

  #restoreNow(scroller: HTMLElement, scroll: number): void {
    this.#cancelRestore();
    // after the frame that lays the new view out, so its height can hold the scroll
    requestAnimationFrame(() => {
      scroller.scrollTop = scroll;
      this.#focusHeading();
    });
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
    this.#cancelRestore();
    removeEventListener("popstate", this.#onPop);
    removeEventListener("hashchange", this.#onPop);
    document.removeEventListener("click", this.#onClick);
  }
}
