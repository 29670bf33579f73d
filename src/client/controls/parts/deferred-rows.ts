/**
 * Draws the rows of a big insert (a ListView or GridView given thousands of children at once) in
 * two steps. Each row starts deferred (`content-visibility: auto`, lists.css): the browser lays out
 * and paints only the rows near the screen, so the list shows at once. Once the browser is idle,
 * every row loses the deferral in one go and is laid out for good: a page with thousands of
 * `content-visibility: auto` elements pays for checking each one on every scrolled frame (half
 * the frame rate or worse here), and undeferring in small chunks costs a relayout of the whole
 * list per chunk. See docs/decisions/0008-large-lists.md.
 */

/** Inserts smaller than this are laid out at once. */
const BIG_INSERT = 200;
/** The longest wait for an idle moment before the rows are laid out anyway. */
const IDLE_TIMEOUT_MS = 1000;

type IdleWindow = { requestIdleCallback?: (run: () => void, options: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

export class DeferredRows {
  #pending: HTMLElement[] = [];
  #frame = 0;
  #idle = 0;

  /** Defers the rows of an insert if it is big; call with each mutation's added nodes. */
  added(nodes: NodeList | readonly Node[]): void {
    if (nodes.length < BIG_INSERT) return;
    for (const node of nodes) {
      if (!(node instanceof HTMLElement)) continue;
      node.classList.add("weft-deferred");
      this.#pending.push(node);
    }
    // After the frame that paints the deferred list, at the next idle moment.
    if (!this.#frame && !this.#idle) this.#frame = requestAnimationFrame(() => this.#whenIdle());
  }

  /** Stops (the list is gone). */
  destroy(): void {
    cancelAnimationFrame(this.#frame);
    (window as IdleWindow).cancelIdleCallback?.(this.#idle);
    clearTimeout(this.#idle);
  }

  #whenIdle(): void {
    this.#frame = 0;
    const idle = window as IdleWindow;
    this.#idle = idle.requestIdleCallback
      ? idle.requestIdleCallback(() => this.#undefer(), { timeout: IDLE_TIMEOUT_MS })
      : (setTimeout(() => this.#undefer(), 0) as unknown as number);
  }

  #undefer(): void {
    this.#idle = 0;
    for (const row of this.#pending) row.classList.remove("weft-deferred");
    this.#pending = [];
  }
}
