/**
 * `GestureDetector`: reports taps, double taps, long presses, hovering and pans (drags) on its
 * content. Positions are in CSS pixels from the detector's top-left corner. With `onTap` it is
 * also a button for the keyboard (Tab to it, Enter or Space taps at its centre).
 *
 * Pan updates are coalesced in the browser: at most one per animation frame and never more than
 * 30 a second (or one per `dragInterval`), each carrying the movement since the one before, so a
 * drag never floods the connection or trips the session's event rate limit.
 *
 * ```ts
 * new GestureDetector(box, { onPanUpdate: (e) => { box.left = (box.left ?? 0) + e.data.dx; } })
 * ```
 */
import { EventName } from "../../protocol/index.js";
import type { Control } from "../control.js";
import type { ControlEvent } from "../events.js";
import { child, control, on, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** Where a tap, long press or pan started or ended. */
export interface GesturePoint {
  /** From the detector's left edge, in CSS pixels. */
  readonly localX: number;
  /** From the detector's top edge, in CSS pixels. */
  readonly localY: number;
}

/** A pan update: where the pointer is, and how far it moved since the previous update. */
export interface PanUpdate extends GesturePoint {
  /** Horizontal movement since the previous update (or the pan's start), in CSS pixels. */
  readonly dx: number;
  /** Vertical movement since the previous update (or the pan's start), in CSS pixels. */
  readonly dy: number;
}

/** The pointer entered or left the detector. */
export interface HoverChange extends GesturePoint {
  readonly type: "enter" | "exit";
}

export type GestureEvent<D> = ControlEvent<GestureDetector, D>;

export type GestureDetectorOptions = OptionsFor<typeof GestureDetector, "content">;

/** Largest coordinate or movement accepted from a client, in CSS pixels. */
const MAX_COORDINATE = 1e6;

function isCoordinate(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

function isPoint(data: unknown): data is Record<string, unknown> {
  if (typeof data !== "object" || data === null) return false;
  const point = data as Record<string, unknown>;
  return isCoordinate(point.localX) && isCoordinate(point.localY);
}

/**
 * The gestures' table entries, in Flet's names: spread into `GestureDetector`'s table and into
 * any control that reports gestures on itself (a `Canvas`), so each is declared once.
 */
export function gestureTable() {
  return {
    /** The CSS cursor over the detector, e.g. `"pointer"`, `"grab"`, `"move"`. Default: the content's own. */
    mouseCursor: prop<string>(),
    /** The least time between two pan updates, in milliseconds. Default 0: once per animation frame, at most 30 a second. */
    dragInterval: prop(0),
    /** Runs on a click or tap (or Enter/Space while focused); `e.data` is where. */
    onTap: on<GesturePoint>(),
    /** Runs on a double click or double tap; `e.data` is where. Each of its two taps also runs `onTap`. */
    onDoubleTap: on<GesturePoint>(),
    /** Runs when the pointer is held down without moving for half a second; no tap follows. */
    onLongPress: on<GesturePoint>(),
    /** Runs as soon as the pointer goes down (before a tap, a long press or a pan); `e.data` is where. */
    onTapDown: on<GesturePoint>(),
    /** Runs when the pointer enters (`e.data.type === "enter"`) or leaves (`"exit"`) the detector. */
    onHover: on<HoverChange>(),
    /** Runs when a drag starts; `e.data` is where the pointer went down. */
    onPanStart: on<GesturePoint>(),
    /** Runs as a drag moves; `e.data.dx`/`dy` is the movement since the previous update. */
    onPanUpdate: on<PanUpdate>(),
    /** Runs when a drag ends; `e.data` is where the pointer was released. */
    onPanEnd: on<GesturePoint>(),
  };
}

/** Every gesture carries a position; pan updates also a movement, hovers a type. */
export function isGestureEvent(name: string, data: unknown): boolean {
  if (!isPoint(data)) return false;
  if (name === EventName.panUpdate) return isCoordinate(data.dx) && isCoordinate(data.dy);
  if (name === EventName.hover) return data.type === "enter" || data.type === "exit";
  return true;
}

export class GestureDetector extends control("gesturedetector", {
  /** The control the gestures happen on. */
  content: child(),
  ...gestureTable(),
}) {
  /** `new GestureDetector(content, options)`. Also Flet's keyword form, with the main value by name: `new GestureDetector({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<GestureDetectorOptions, "content", Control>, options?: GestureDetectorOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }

  override acceptEvent(name: string, data: unknown): boolean {
    return isGestureEvent(name, data);
  }
}
