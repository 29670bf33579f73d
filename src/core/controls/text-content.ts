/**
 * Slots that take a control or, for convenience, a string: `new AlertDialog({ title: "Delete?" })`
 * holds `new Text("Delete?")`, so the common case reads short and Flet code (`title=ft.Text(…)`)
 * still ports as `title: new Text(…)`.
 */
import { Control } from "../control.js";
import { ControlError, ErrorCode } from "../errors.js";
import { Text } from "./text.js";

/** A control, or a string shown as a `Text`. */
export type TextOrControl = string | Control;

/** The control for a slot given a string or a control; undefined and null clear the slot. */
export function toControl(value: TextOrControl | null | undefined, where: string): Control | undefined {
  if (value == null) return undefined;
  if (typeof value === "string") return new Text(value);
  if (value instanceof Control) return value;
  throw new ControlError(ErrorCode.notAControl, `${where} must be a string or a control, got ${typeof value}`);
}
