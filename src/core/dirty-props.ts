/** Marking a mounted control's props for the next flush, which sends their current values. */
import { specOf } from "./control-spec.js";
import { DIRTY_PROPS, SESSION } from "./control-state.js";
import type { Control } from "./control.js";

/** Marks one prop of a mounted control for the next flush, which sends its current value. */
export function markPropDirty(control: Control, name: string): void {
  const session = control[SESSION];
  if (!session) return;
  const dirty = control[DIRTY_PROPS];
  if (dirty === undefined) control[DIRTY_PROPS] = name;
  else if (typeof dirty === "string") {
    if (dirty !== name) control[DIRTY_PROPS] = [dirty, name];
  } else if (!dirty.includes(name)) dirty.push(name);
  session.markDirty(control);
}

/**
 * Sends the props the browser changes itself (`clientProps`: a field's value, an overlay's
 * `open`) back to it as the server holds them: after an event that tried to change them was refused.
 */
export function resendClientProps(control: Control): void {
  const names = specOf(control).clientProps;
  for (let i = 0; i < names.length; i++) markPropDirty(control, names[i]!);
}
