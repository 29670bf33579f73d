/**
 * What `ListView` and `GridView` share: a scrolling list of children that stays fast at 10,000
 * items (children off screen are neither laid out nor painted; see
 * docs/decisions/0008-large-lists.md), and `scrollTo`, run in the browser.
 */
import type { JsonValue } from "../../protocol/index.js";
import type { Control } from "../control.js";
import { children, control, prop } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Where `scrollTo` goes: an offset, a distance from where the list is, or a child's key. */
export interface ScrollToOptions {
  /** Pixels from the start; a negative number counts from the end (`-1` is the very end). */
  offset?: number;
  /** Pixels from the current position (positive: towards the end). */
  delta?: number;
  /** The `key` of a child to bring to the start of the view. */
  key?: string;
  /** Animation length in milliseconds. Default 0: jump at once. */
  duration?: number;
}

export abstract class ScrollableList extends control("scrollablelist", {
  /** The children, in order. Mutate freely (`push`, `splice`, assignment), then update. */
  controls: children(),
  /** Scroll sideways instead of down. Default false. */
  horizontal: prop(false),
  /** Keep the list scrolled to its end as children are added. Default false. */
  autoScroll: prop(false),
}) {
  constructor(controls?: Control[] | WithMain<object, "controls", Control[]>, options?: object) {
    super();
    const [main, rest] = keywordForm(controls, options, this, "controls");
    if (main) this.controls = main;
    this.applyOptions(rest);
  }

  /**
   * Scrolls the list in the browser: `{ offset }` (negative counts from the end), `{ delta }`, or
   * `{ key }` of a child, optionally animated over `duration` ms. Resolves to true once the
   * browser scrolled, false if it could not (no child with that key, the list left the page, the
   * session ended); never rejects.
   */
  scrollTo(options: ScrollToOptions = {}): Promise<boolean> {
    const args: { [name: string]: JsonValue } = {};
    for (const name of ["offset", "delta", "key", "duration"] as const) {
      const value = options[name];
      if (value !== undefined) args[name] = value;
    }
    return this.callInBrowser("scrollTo", [args]).then(
      (done) => done === true,
      () => false,
    );
  }
}
