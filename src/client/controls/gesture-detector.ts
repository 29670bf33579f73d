/**
 * `gesturedetector`: a box around its content that reports taps (`click`, or Enter/Space while
 * focused), double taps, long presses (held 500 ms without moving), hovering (enter/exit) and
 * pans. A pan starts once the pointer moves 4 px with a button down; its updates are coalesced,
 * one per animation frame at most and no more than 30 a second (or one per `dragInterval`),
 * each carrying the movement since the last, so a drag cannot flood the connection. Positions
 * are CSS pixels from the box's top-left corner. Only listened-to gestures are sent.
 */
import { EventName, handlerProp, type JsonValue } from "../../protocol/index.js";
import { attr, h, str } from "../dom.js";
import { defineRenderer, type PropSetter, type SlottedView } from "../declare-renderer.js";
import type { RenderContext } from "../registry.js";

const LONG_PRESS_MS = 500;
const PAN_SLOP_PX = 4;
/** The shortest gap between two pan updates: 30 a second, well under a session's event rate. */
const MIN_PAN_INTERVAL_MS = 1000 / 30;
const INTERACTIVE = "button, input, textarea, select, a[href], label, [role=button]:not(.weft-gesture)";
const PAN_EVENTS = [EventName.panStart, EventName.panUpdate, EventName.panEnd];

/** One decimal: enough for a pointer, short on the wire. */
const round = (value: number) => Math.round(value * 10) / 10;

const TAP = handlerProp(EventName.tap);

/** Whether the server listens to any part of a pan. */
const pans = (ctx: RenderContext) => PAN_EVENTS.some((name) => ctx.listens(name));

interface GestureView extends SlottedView {
  destroy(): void;
}

const panLook: PropSetter<SlottedView> = ({ element }, _value, ctx) => element.classList.toggle("weft-gesture--pan", pans(ctx));

/**
 * Builds the box and its pointer, mouse and keyboard listeners; a control that reports gestures
 * on itself (a canvas) builds its element with this and spreads `gestureSetters` into its own.
 */
export function gestureBox(ctx: RenderContext, className = "weft-gesture"): GestureView {
  const element = h("div", className);
  const local = (e: { clientX: number; clientY: number }) => {
    const box = element.getBoundingClientRect();
    return { localX: round(e.clientX - box.left), localY: round(e.clientY - box.top) };
  };
  /** A pointer on a control inside (a button, a field) belongs to that control. */
  const onInner = (e: Event) => {
    const inner = (e.target as Element).closest(INTERACTIVE);
    return inner !== null && inner !== element && element.contains(inner);
  };

  // Taps, double taps and their keyboard form.
  let swallowClick = false;
  element.addEventListener("click", (e) => {
    if (swallowClick) return void (swallowClick = false);
    if (!onInner(e)) ctx.fire(EventName.tap, local(e));
  });
  element.addEventListener("dblclick", (e) => {
    if (!onInner(e)) ctx.fire(EventName.doubleTap, local(e));
  });
  element.addEventListener("keydown", (e) => {
    if (e.target !== element || !ctx.listens(EventName.tap) || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    const box = element.getBoundingClientRect();
    ctx.fire(EventName.tap, { localX: round(box.width / 2), localY: round(box.height / 2) });
  });

  // Hovering.
  element.addEventListener("pointerenter", (e) => ctx.fire(EventName.hover, { type: "enter", ...local(e) }));
  element.addEventListener("pointerleave", (e) => ctx.fire(EventName.hover, { type: "exit", ...local(e) }));

  // Long presses and pans.
  let press: { id: number; x: number; y: number } | undefined;
  let longPress: ReturnType<typeof setTimeout> | undefined;
  let panning = false;
  let last = { x: 0, y: 0 };
  let moved: { dx: number; dy: number; point: { clientX: number; clientY: number } } | undefined;
  let lastSent = -Infinity;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const sendUpdate = () => {
    clearTimeout(waiting);
    if (frame !== undefined) cancelAnimationFrame(frame);
    waiting = frame = undefined;
    if (!moved) return;
    const data: JsonValue = { ...local(moved.point), dx: round(moved.dx), dy: round(moved.dy) };
    moved = undefined;
    lastSent = performance.now();
    ctx.fire(EventName.panUpdate, data);
  };
  const scheduleUpdate = () => {
    if (waiting !== undefined || frame !== undefined) return;
    const interval = Math.max(MIN_PAN_INTERVAL_MS, typeof ctx.props.dragInterval === "number" ? ctx.props.dragInterval : 0);
    const wait = Math.max(0, lastSent + interval - performance.now());
    waiting = setTimeout(() => {
      waiting = undefined;
      frame = requestAnimationFrame(sendUpdate);
    }, wait);
  };
  const endPress = () => {
    clearTimeout(longPress);
    press = undefined;
  };

  element.addEventListener("pointerdown", (e) => {
    swallowClick = false;
    if (e.button !== 0 || !e.isPrimary || onInner(e)) return;
    ctx.fire(EventName.tapDown, local(e));
    press = { id: e.pointerId, x: e.clientX, y: e.clientY };
    if (ctx.listens(EventName.longPress)) {
      const at = local(e);
      longPress = setTimeout(() => {
        swallowClick = true;
        ctx.fire(EventName.longPress, at);
      }, LONG_PRESS_MS);
    }
  });
  element.addEventListener("pointermove", (e) => {
    if (!press || e.pointerId !== press.id) return;
    if (!panning) {
      if (Math.hypot(e.clientX - press.x, e.clientY - press.y) < PAN_SLOP_PX) return;
      clearTimeout(longPress);
      if (!pans(ctx)) return;
      panning = true;
      element.setPointerCapture(e.pointerId);
      last = { x: press.x, y: press.y };
      ctx.fire(EventName.panStart, local({ clientX: press.x, clientY: press.y }));
    }
    moved ??= { dx: 0, dy: 0, point: e };
    moved.dx += e.clientX - last.x;
    moved.dy += e.clientY - last.y;
    moved.point = { clientX: e.clientX, clientY: e.clientY };
    last = { x: e.clientX, y: e.clientY };
    scheduleUpdate();
  });
  const release = (e: PointerEvent) => {
    if (!press || e.pointerId !== press.id) return;
    endPress();
    if (!panning) return;
    panning = false;
    swallowClick = true; // the click that ends a drag is not a tap
    sendUpdate();
    ctx.fire(EventName.panEnd, local(e));
  };
  element.addEventListener("pointerup", release);
  element.addEventListener("pointercancel", release);

  return {
    element,
    slot: (name) => (name === "content" ? element : undefined),
    destroy() {
      endPress();
      clearTimeout(waiting);
      if (frame !== undefined) cancelAnimationFrame(frame);
    },
  };
}

/** The gesture props' setters, for `gesturedetector` and for controls built on `gestureBox`. */
export const gestureSetters: Record<string, PropSetter<SlottedView>> = {
  mouseCursor: ({ element }, value) => (element.style.cursor = str(value)),
  // Read when a pan update is scheduled.
  dragInterval: () => {},
  [TAP]({ element }, value) {
    attr(element, "role", value === true ? "button" : null);
    attr(element, "tabindex", value === true ? 0 : null);
  },
  ...Object.fromEntries(PAN_EVENTS.map((name) => [handlerProp(name), panLook])),
};

export const gestureDetector = defineRenderer("gesturedetector", {
  create: (ctx) => gestureBox(ctx),
  props: gestureSetters,
});
