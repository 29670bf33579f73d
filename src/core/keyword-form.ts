/**
 * Flet's keyword form of a constructor. A control whose first argument is its main value (a text,
 * an icon, its content, its children) also takes a single options object that names that value:
 * `new IconButton({ icon: "add", tooltip: "Add" })` as well as `new IconButton("add", { tooltip:
 * "Add" })`, `new Column({ controls: [...] })` as well as `new Column([...])`. Flet programs are
 * written in the first form, so a port works as it reads.
 */
import { Control } from "./control.js";
import { ControlError, ErrorCode } from "./errors.js";

/** Options `O` that may also hold the control's main value `T` under its name `K`. */
export type WithMain<O, K extends string, T> = O & { [P in K]?: T };

/**
 * A constructor's arguments in either form, as the main value and the other options: the main
 * value taken out of the keyword form's options object under `key`, or the arguments as given.
 */
export function keywordForm<M, O extends object, K extends string>(
  first: M | WithMain<O, K, M> | undefined,
  options: O | undefined,
  control: Control,
  key: K,
): [M | undefined, O | undefined] {
  if (!isKeywordForm(first, options, control)) return [first as M | undefined, options];
  const { [key]: main, ...rest } = first as WithMain<O, K, M>;
  return [main as M | undefined, rest as unknown as O];
}

/**
 * Whether a constructor's first argument is the keyword form's options object rather than the
 * main value. Given both that object and options after it, says how to write it instead.
 */
export function isKeywordForm<T>(first: T, options: unknown, control: Control): first is Exclude<T, string | number | boolean | readonly unknown[] | Control | null | undefined> {
  if (typeof first !== "object" || first === null || Array.isArray(first) || first instanceof Control) return false;
  if (options !== undefined) {
    const name = control.constructor.name;
    throw new ControlError(
      ErrorCode.unknownOption,
      `${name} got two options objects; pass its options once, either new ${name}(main, { … }) or new ${name}({ …, with the main value by name })`,
    );
  }
  return true;
}
