/**
 * A control's standing in its session, kept on the control under symbol keys (`Control[ID]`, …),
 * and its child slots' state.
 */
import type { SlotKind } from "./control-spec.js";
import type { Control } from "./control.js";

/** A child slot's state: its items, and what it held at its first change since the last flush. */
export interface SlotState {
  readonly kind: SlotKind;
  readonly items: Control[];
  /** Proxy over `items` handed to app code for list slots; mutations go through it. */
  view: Control[] | undefined;
  /** Snapshot of `items` taken at the first change since the last flush; undefined when clean. */
  before: Control[] | undefined;
}

/*
 * Where a control stands, kept on the control itself under symbol keys: no field an app adds to
 * its own subclass (`props`, `session`, …) can collide with them, and JSON, `Object.keys` and the
 * package's types never show them (the symbols are not exported from the package). On the control
 * rather than in a record of its own: an update then reads one object less, which on a page of
 * 10,000 controls is one cache miss less (issue 6, update one of 10,000).
 */
/** The session-unique id; 0 until the control is on a page. */
export const ID = Symbol("weft.id");
export const PARENT = Symbol("weft.parent");
export const SESSION = Symbol("weft.session");
/** Whether this control was ever on a page (an update() after removal is then a no-op). */
export const WAS_MOUNTED = Symbol("weft.wasMounted");
/** Values that differ from the spec's defaults. */
export const PROPS = Symbol("weft.props");
/**
 * Props changed since the last flush, each once: the name itself while only one changed (the
 * usual case, and a broadcast to thousands of sessions allocates nothing for it), else a list.
 */
export const DIRTY_PROPS = Symbol("weft.dirtyProps");
/** The dirty queue this control waits in, if any: it is queued once however often it changes. */
export const QUEUED_IN = Symbol("weft.queuedIn");
/** Scratch mark for finding a control listed twice in one slot (`listsTwice` in tree.ts). */
export const STAMP = Symbol("weft.stamp");
export const SLOTS = Symbol("weft.slots");
