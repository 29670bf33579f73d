/** What the rest of core reads off a control: its children, its handler for an event, a description for errors. */
import { specOf } from "./control-spec.js";
import { ID, PROPS, SLOTS } from "./control-state.js";
import type { Control } from "./control.js";
import type { ControlEvent, Handler } from "./events.js";

/** Every child of a control, slot by slot. */
export function* childrenOf(control: Control): IterableIterator<Control> {
  const slots = control[SLOTS];
  if (!slots) return;
  for (const name in slots) yield* slots[name]!.items;
}

/** The handler listening for `event` on a control, if any. */
export function handlerOf(control: Control, event: string): Handler<ControlEvent> | undefined {
  const prop = specOf(control).events.get(event);
  if (!prop) return undefined;
  const handler = control[PROPS][prop];
  return typeof handler === "function" ? (handler as Handler<ControlEvent>) : undefined;
}

/** A short description for errors and logs: `ElevatedButton#5 "Say hello"`. */
export function describeControl(control: Control): string {
  const name = control.constructor.name || specOf(control).type;
  let label: string | undefined;
  for (const prop of ["text", "label", "value", "tooltip", "key"]) {
    const value = control[PROPS][prop];
    if (typeof value === "string" && value) {
      label = value;
      break;
    }
  }
  return `${name}${control[ID] ? `#${control[ID]}` : ""}${label ? ` ${JSON.stringify(label.slice(0, 40))}` : ""}`;
}
