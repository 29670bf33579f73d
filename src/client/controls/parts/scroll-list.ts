/**
 * What `listview` and `gridview` share: a scrolling box whose big inserts are drawn
 * progressively (deferred-rows.ts; docs/decisions/0008-large-lists.md), `autoScroll` to the end
 * as children arrive, and the server's `scrollTo({ offset, delta, key, duration })` call.
 */
import type { JsonValue } from "../../../protocol/index.js";
import type { RenderContext } from "../../registry.js";
import { ChildGroups, GROUP_CLASS } from "./child-groups.js";
import { DeferredRows } from "./deferred-rows.js";

/**
 * A jump is re-aimed on the frames after it: rows coming into view replace their estimated sizes
 * with real ones (content-visibility) a frame or two later, which moves the target. It stops once
 * the target has held still for `STILL_FRAMES` frames, or after `SETTLE_FRAMES`.
 */
const SETTLE_FRAMES = 30;
const STILL_FRAMES = 3;

export interface ScrollList {
  /** Runs the server's `scrollTo` call; true once scrolled, false when the key names no child. */
  scrollTo(args: JsonValue[]): boolean;
  /** Stops observing (the view is gone). */
  destroy(): void;
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** The child whose `data-key` is `key`, among the list's own children (in its groups, when a long list has them). */
function childByKey(list: HTMLElement, key: string): HTMLElement | undefined {
  for (const child of list.children) {
    if (!child.classList.contains(GROUP_CLASS)) {
      if ((child as HTMLElement).dataset.key === key) return child as HTMLElement;
      continue;
    }
    for (const row of child.children) if ((row as HTMLElement).dataset.key === key) return row as HTMLElement;
  }
  return undefined;
}

/** The rows a mutation added: the nodes themselves, or the rows of the groups it added. */
function addedRows(nodes: NodeList): NodeList | Node[] {
  const first = nodes[0];
  if (!(first instanceof HTMLElement) || !first.classList.contains(GROUP_CLASS)) return nodes;
  const rows: Node[] = [];
  for (const group of nodes) rows.push(...(group as HTMLElement).children);
  return rows;
}

export function scrollList(list: HTMLElement, ctx: RenderContext): ScrollList {
  const horizontal = () => ctx.props.horizontal === true;
  /** `column-reverse` lists count scroll positions down from 0 (the start) into negatives. */
  const sign = () => (ctx.props.reverse === true ? -1 : 1);
  const get = () => (horizontal() ? list.scrollLeft : list.scrollTop);
  const set = (value: number) => {
    if (horizontal()) list.scrollLeft = value;
    else list.scrollTop = value;
  };
  const max = () => (horizontal() ? list.scrollWidth - list.clientWidth : list.scrollHeight - list.clientHeight);
  let animation = 0;

  /** Where `child` is, as a scroll position that puts it at the start of the view. */
  const positionOf = (child: HTMLElement) => {
    const box = list.getBoundingClientRect();
    const at = child.getBoundingClientRect();
    const style = getComputedStyle(list);
    return horizontal()
      ? list.scrollLeft + at.left - box.left - parseFloat(style.paddingLeft)
      : list.scrollTop + at.top - box.top - parseFloat(style.paddingTop);
  };

  /** Moves to `target()` now or over `duration` ms, then re-aims until it holds still. */
  const go = (target: () => number, duration: number) => {
    cancelAnimationFrame(animation);
    const from = get();
    const start = performance.now();
    let settle = SETTLE_FRAMES;
    let still = 0;
    let last = NaN;
    const frame = (now: number) => {
      const t = duration > 0 ? Math.min(1, (now - start) / duration) : 1;
      const to = target();
      set(t < 1 ? from + (to - from) * easeInOut(t) : to);
      still = t === 1 && Math.abs(to - last) < 1 ? still + 1 : 0;
      last = to;
      if (t < 1 || (still < STILL_FRAMES && settle-- > 0)) animation = requestAnimationFrame(frame);
    };
    if (duration > 0) animation = requestAnimationFrame(frame);
    else frame(start);
  };

  const deferred = new DeferredRows();
  const observer = new MutationObserver((records) => {
    for (const record of records) deferred.added(addedRows(record.addedNodes));
    if (ctx.props.autoScroll !== true || !records.some((r) => r.addedNodes.length > 0)) return;
    go(() => sign() * max(), 0);
  });
  observer.observe(list, { childList: true });

  return {
    scrollTo(args) {
      const options = (args[0] && typeof args[0] === "object" && !Array.isArray(args[0]) ? args[0] : {}) as Record<string, JsonValue>;
      const duration = typeof options.duration === "number" && options.duration > 0 ? Math.min(options.duration, 10_000) : 0;
      if (typeof options.key === "string") {
        const child = childByKey(list, options.key);
        if (!child) return false;
        go(() => positionOf(child), duration);
      } else if (typeof options.offset === "number") {
        const offset = options.offset;
        go(() => sign() * (offset >= 0 ? offset : Math.max(0, max() + offset + 1)), duration);
      } else if (typeof options.delta === "number") {
        const to = get() + sign() * options.delta;
        go(() => to, duration);
      }
      return true;
    },
    destroy() {
      observer.disconnect();
      deferred.destroy();
      cancelAnimationFrame(animation);
    },
  };
}

/** The view of a scrolling list: its element holds the `controls` slot and runs `scrollTo`. */
export interface ScrollingView {
  readonly element: HTMLElement;
  slot(name: string): HTMLElement | undefined;
  call(method: string, args: JsonValue[]): JsonValue | undefined;
  destroy(): void;
  /** A list's: its long runs of rows in group boxes (`child-groups.ts`); a grid has none. */
  groups?(name: string): ChildGroups | undefined;
}

/** A `ScrollingView` around `element`; `destroy` also runs `more` (a grid's resize observer). */
export function scrollingView(element: HTMLElement, ctx: RenderContext, more?: () => void): ScrollingView {
  const scroller = scrollList(element, ctx);
  return {
    element,
    slot: (name) => (name === "controls" ? element : undefined),
    call: (method, args) => (method === "scrollTo" ? scroller.scrollTo(args) : undefined),
    destroy() {
      scroller.destroy();
      more?.();
    },
  };
}

/** A list's `ScrollingView`, whose rows go into groups once there are many (decision 0056). */
export function groupedScrollingView(element: HTMLElement, ctx: RenderContext): ScrollingView {
  const groups = new ChildGroups(element);
  return { ...scrollingView(element, ctx), groups: (name) => (name === "controls" ? groups : undefined) };
}
