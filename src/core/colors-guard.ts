/**
 * Makes `Colors` loud, as `Icons` is (decision 0023): a constant that names no colour
 * (`Colors.BLUEE`, Flutter's `Colors.blue`) throws with the nearest name instead of reading as
 * `undefined`, which a colour prop takes as "no colour" and the port silently loses its colour;
 * Flet's `Colors.with_opacity` names `Colors.withOpacity`. Other lower-case names (`then`,
 * `toJSON`) read as `undefined`, so awaiting or serialising `Colors` stays harmless.
 */
import { ControlError, ErrorCode } from "./errors.js";
import { camelCase, closestName } from "./unknown-props.js";

/** Upper snake case: what a colour constant looks like. */
const CONSTANT = /^[A-Z0-9][A-Z0-9_]*$/;

/** The error for `Colors[key]`, or undefined when `key` reads as undefined without one. */
function mistake(colors: object, key: string): ControlError | undefined {
  const camel = camelCase(key);
  if (camel !== key && camel in colors) {
    return new ControlError(ErrorCode.unknownOption, `Colors.${key} is Flet's Python spelling; in Weft it is Colors.${camel}`);
  }
  const upper = key.toUpperCase();
  if (!CONSTANT.test(key) && !(upper in colors)) return undefined;
  if (upper in colors) return new ControlError(ErrorCode.badValue, `Colors has no colour ${key}; Flet's names are upper case: Colors.${upper}`);
  const hint = closestName(key, Object.keys(colors).filter((name) => CONSTANT.test(name)));
  return new ControlError(ErrorCode.badValue, `Colors has no colour ${key}${hint ? `; did you mean Colors.${hint}?` : ""}`);
}

/** `colors` behind a guard: its own keys read as they are, a mistaken constant throws. */
export function guardColors<T extends object>(colors: T): T {
  return new Proxy(colors, {
    get(target, key, receiver) {
      if (typeof key !== "string" || key in target) return Reflect.get(target, key, receiver);
      const error = mistake(target, key);
      if (error) throw error;
      return undefined;
    },
  });
}
