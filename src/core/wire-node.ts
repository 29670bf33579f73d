/** A control as it travels: its props (handlers as `true`, unset values as `null`) and its node. */
import type { ControlNode, JsonValue, WireProps } from "../protocol/index.js";
import { ID, PROPS, type Control } from "./control.js";
import { specOf } from "./control-spec.js";

/** Puts a prop's value on the wire: the value itself, even the default (`null` means only "no value"). */
export function wireProp(wire: WireProps, name: string, props: Record<string, unknown>, defaults: Record<string, unknown>): void {
  wire[name] = toWire(name in props ? props[name] : defaults[name]);
}

/** A value as it travels: handlers become `true`, an unset value `null`. */
function toWire(value: unknown): JsonValue {
  if (typeof value === "function") return true;
  if (value === undefined) return null;
  return value as JsonValue;
}

/**
 * A control's props as they travel, or undefined when all are defaults. When every value travels
 * as it is (no handler, nothing unset), that is the control's own props object, not a copy: a
 * flush encodes its patch before anything can change them, and a page of 10,000 new controls
 * then allocates 10,000 objects fewer.
 */
export function wireProps(control: Control): WireProps | undefined {
  const props = control[PROPS];
  let empty = true;
  for (const name in props) {
    const value = props[name];
    if (typeof value === "function" || value === undefined) return copyWireProps(props);
    empty = false;
  }
  return empty ? undefined : (props as WireProps);
}

export function copyWireProps(props: Record<string, unknown>): WireProps {
  const out: WireProps = {};
  for (const name in props) out[name] = toWire(props[name]);
  return out;
}

/**
 * A mounted control's node without its children (`c` is filled in by the caller). Every field is
 * in the literal, an absent one as undefined, which JSON leaves out: one shape for every node and
 * no property store grown afterwards.
 */
export function wireNode(control: Control): ControlNode {
  return { id: control[ID], t: specOf(control).type, p: wireProps(control), c: undefined };
}
