/**
 * The browser globals the client's renderers read, put on `globalThis` from a DOM's window (the
 * light DOM's, light-document.ts, or linkedom's) for the length of one synchronous render
 * (string-host.ts) and taken away after it. Where
 * linkedom has no counterpart (`location`, `history`, the viewport, observers of layout), a
 * stand-in that knows no window: the server does not know the window's size (issue 21), so the
 * viewport reads as 0 and nothing is measured.
 */

/** DOM classes and objects taken from the DOM's window as they are (a name it lacks is undefined). */
const FROM_WINDOW = [
  "window", "document", "navigator", "customElements", "Node", "Element", "HTMLElement", "SVGElement", "Text", "Comment",
  "DocumentFragment", "ShadowRoot", "Event", "CustomEvent", "Image",
  "HTMLAnchorElement", "HTMLButtonElement", "HTMLInputElement", "HTMLTextAreaElement", "HTMLSelectElement", "HTMLImageElement",
  "HTMLTemplateElement", "HTMLDivElement", "HTMLSpanElement",
] as const;

/** Does nothing: a stand-in for listeners and observers the server has no events for. */
function nothing(): void {}

/** An observer of layout that never reports: the server lays nothing out. */
class UnobservingObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): never[] {
    return [];
  }
}

/** A history that holds one entry and moves nowhere. */
function staticHistory(): Pick<History, "state" | "replaceState" | "pushState" | "back" | "forward" | "go" | "length"> {
  let state: unknown = null;
  return {
    get state() {
      return state;
    },
    length: 1,
    replaceState(data: unknown) {
      state = data;
    },
    pushState(data: unknown) {
      state = data;
    },
    back: nothing,
    forward: nothing,
    go: nothing,
  };
}

/** No storage on the server: a read finds nothing, a write is refused as a browser with storage off would. */
const NO_STORAGE = {
  getItem: () => null,
  setItem() {
    throw new Error("no storage while the server renders the first paint");
  },
  removeItem: nothing,
  clear: nothing,
  key: () => null,
  length: 0,
};

/** Installs the globals for `url`'s page and returns the function that puts back what was there. */
export function browserGlobals(window: Readonly<Record<string, unknown>>, url: string): () => void {
  const target = globalThis as unknown as Record<string, unknown>;
  const location = new URL(url);
  const values: Record<string, unknown> = {
    location: Object.assign(location, { assign: nothing, replace: nothing, reload: nothing }),
    history: staticHistory(),
    innerWidth: 0,
    innerHeight: 0,
    devicePixelRatio: 1,
    addEventListener: nothing,
    removeEventListener: nothing,
    requestAnimationFrame: () => 0,
    // Work a renderer defers (a dialog shown once in the page, a measurement) is for a live page:
    // on the server it is dropped, as it would otherwise run after these globals are gone.
    queueMicrotask: nothing,
    setTimeout: () => 0,
    setInterval: () => 0,
    clearTimeout: nothing,
    clearInterval: nothing,
    cancelAnimationFrame: nothing,
    ResizeObserver: UnobservingObserver,
    IntersectionObserver: UnobservingObserver,
    // The server renders once and leaves: nothing changes later for an observer to see (and
    // linkedom's own, whose callbacks come after the render, looped on a radio group's marks).
    MutationObserver: UnobservingObserver,
    matchMedia: (query: string) => ({ matches: false, media: query, addEventListener: nothing, removeEventListener: nothing }),
    getComputedStyle: (element: Element) => (element as HTMLElement).style,
    localStorage: NO_STORAGE,
    sessionStorage: NO_STORAGE,
    CSS: { supports: () => false, escape: (text: string) => text.replace(/[^\w-]/g, (c) => `\\${c}`) },
  };
  for (const name of FROM_WINDOW) values[name] = name === "window" ? window : window[name];
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of Object.keys(values)) {
    saved.set(name, Object.getOwnPropertyDescriptor(target, name));
    Object.defineProperty(target, name, { value: values[name], configurable: true, writable: true });
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(target, name, descriptor);
      else delete target[name];
    }
  };
}
