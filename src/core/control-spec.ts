/**
 * What a control class declares about itself: its wire type, its properties with defaults, its
 * events and its child slots. `defineControl` turns a spec into typed accessors on the prototype,
 * so `text.value = "x"` marks exactly that property dirty and nothing else.
 */
import { handlerProp } from "../protocol/index.js";
import type { Control } from "./control.js";
import { guardPythonNames } from "./python-names.js";
import { holdToDeclared } from "./unknown-props.js";

export { closestName } from "./unknown-props.js";

/** A slot holds a list of children (`controls`) or at most one (`content`). */
export type SlotKind = "list" | "single";

export interface ControlSpecInput {
  /** The wire type; selects the client renderer. Lowercase, e.g. `"elevatedbutton"`. */
  type: string;
  /** Property name → default value. Defaults are never sent. */
  props?: Record<string, unknown>;
  /** Event names (`"click"`, `"change"`); each adds an `onX` handler property. */
  events?: readonly string[];
  /** Child slots by name, each with an accessor (`column.controls`). */
  slots?: Record<string, SlotKind>;
  /** Child slots with no accessor, filled by the class itself (a user control's built content). */
  innerSlots?: Record<string, SlotKind>;
  /**
   * Props the browser changes itself and reports in events (a field's `value`, an overlay's
   * `open`): when the server refuses such an event, it sends these back so the browser shows
   * the server's values.
   */
  clientProps?: readonly string[];
}

export interface ControlSpec {
  readonly type: string;
  readonly defaults: Readonly<Record<string, unknown>>;
  /** Event name → handler property name (`click` → `onClick`). */
  readonly events: ReadonlyMap<string, string>;
  readonly slots: Readonly<Record<string, SlotKind>>;
  /** Every name an options bag may set. */
  readonly optionNames: ReadonlySet<string>;
  /** Props the browser changes itself, this class's and its parents' (see `ControlSpecInput`). */
  readonly clientProps: readonly string[];
}

export type ControlClass<C extends Control = Control> = abstract new (...args: never[]) => C;

/**
 * Where a control class's prototype keeps its spec. A property on the prototype, not a map keyed
 * by it: every prop write and every flush asks for the spec, and a property load is cached per
 * class while a lookup walks the chain and hashes at each step.
 */
const SPEC = Symbol("weft.spec");

interface WithSpec {
  [SPEC]?: ControlSpec;
}
const EMPTY: ControlSpec = {
  type: "control",
  defaults: {},
  events: new Map(),
  slots: {},
  optionNames: new Set(["data"]),
  clientProps: [],
};

/** `click` → `onClick`. */
export const handlerName = handlerProp;

const byType = new Map<string, ControlSpec>();

/** The spec declared for a wire type, e.g. `"text"`. */
export function specForType(type: string): ControlSpec | undefined {
  return byType.get(type);
}

/** Every wire type declared so far, with its spec (for the drift check against the renderers). */
export function declaredSpecs(): ReadonlyMap<string, ControlSpec> {
  return byType;
}

/** The spec of a control's class, inherited from the nearest class that declared one. */
export function specOf(control: Control): ControlSpec {
  return (control as WithSpec)[SPEC] ?? EMPTY;
}

export function specOfClass(cls: ControlClass): ControlSpec {
  return (cls.prototype as WithSpec)[SPEC] ?? EMPTY;
}

interface PropAccess {
  getProp(name: string): unknown;
  setProp(name: string, value: unknown): void;
  getSlot(name: string): unknown;
  setSlot(name: string, value: unknown): void;
}

/** Makes `name` on `proto` read and write a prop (`getProp`/`setProp`) or a child slot (`getSlot`/`setSlot`). */
function defineAccessor(proto: object, name: string, slot: boolean): void {
  Object.defineProperty(proto, name, {
    configurable: true,
    enumerable: false,
    get(this: PropAccess) {
      return slot ? this.getSlot(name) : this.getProp(name);
    },
    set(this: PropAccess, value: unknown) {
      if (slot) this.setSlot(name, value);
      else this.setProp(name, value);
    },
  });
}

/**
 * Declares a control class: its wire type and what it adds to its parent class's props, events
 * and slots. Call once, right after the class.
 */
export function defineControl(cls: ControlClass, input: ControlSpecInput): void {
  const parent = specOfClass(cls);
  const defaults: Record<string, unknown> = { ...parent.defaults, ...input.props };
  const events = new Map(parent.events);
  for (const event of input.events ?? []) {
    events.set(event, handlerName(event));
    defaults[handlerName(event)] = undefined;
  }
  const slots = { ...parent.slots, ...input.slots, ...input.innerSlots };
  const proto = cls.prototype as object;
  const own = [...Object.keys(input.props ?? {}), ...(input.events ?? []).map(handlerName)];
  for (const name of own) {
    // A class's own accessor for a prop (one that checks what is set) is kept.
    if (Object.getOwnPropertyDescriptor(proto, name)) continue;
    defineAccessor(proto, name, false);
  }
  for (const name of Object.keys(input.slots ?? {})) defineAccessor(proto, name, true);
  const optionNames = new Set([...parent.optionNames, ...Object.keys(defaults), ...Object.keys(input.slots ?? {})]);
  const clientProps = [...new Set([...parent.clientProps, ...(input.clientProps ?? [])])];
  const spec: ControlSpec = { type: input.type, defaults, events, slots, optionNames, clientProps };
  Object.defineProperty(proto, SPEC, { value: spec, configurable: true });
  guardPythonNames(proto, [...own, ...Object.keys(input.slots ?? {})]);
  holdToDeclared(proto);
  byType.set(input.type, spec);
}
