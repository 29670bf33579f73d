/**
 * The constructors of canvas shapes take Flet's positional numbers, then options:
 * `new canvas.Line(0, 0, 100, 50, { paint })`, or every value by name:
 * `new canvas.Line({ x1: 0, y1: 0, x2: 100, y2: 50, paint })`.
 */
import type { Control } from "../../control.js";
import { ControlError, ErrorCode } from "../../errors.js";

/** Writes `args` to `names` in order (an object in first place is the keyword form); returns the options after them. */
export function placeArgs(control: Control, names: readonly string[], args: readonly unknown[]): object | undefined {
  const first = args[0];
  if (typeof first === "object" && first !== null && !Array.isArray(first)) {
    if (args.slice(1).some((arg) => arg !== undefined)) throw new ControlError(ErrorCode.unknownOption, `${control.constructor.name} got an options object first and more arguments after it; pass either positional values then options, or one object with every value by name`);
    return first;
  }
  const fields = control as unknown as Record<string, unknown>;
  names.forEach((name, i) => {
    if (args[i] !== undefined) fields[name] = args[i];
  });
  const options = args[names.length];
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new ControlError(ErrorCode.badValue, `${control.constructor.name}'s last argument is its options object, got ${JSON.stringify(options)}`);
  }
  return options as object | undefined;
}
