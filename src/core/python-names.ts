/**
 * Flet's Python spellings, caught. A ported program that writes `page.horizontal_alignment = …`
 * or `button.on_click = …` would otherwise add a property nobody reads, and nothing would happen:
 * each control's and the page's camelCase names get their snake_case twin on the prototype, which
 * throws a `control.unknown-option` error naming the Weft spelling, on read and on write. So do a
 * few names Flet has and Weft spells differently (`page.dialog`: use `page.open`).
 */
import { ControlError, ErrorCode } from "./errors.js";

/** `horizontalAlignment` → `horizontal_alignment`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The accessors defined here, which a later, more precise guard may replace. */
const guards = new WeakSet<object>();

/** Whether `key` on `proto` (its own or inherited: a base class's guard) is one of these guards. */
function isGuard(proto: object, key: string): boolean {
  for (let at: object | null = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, key);
    if (descriptor) return descriptor.get !== undefined && guards.has(descriptor.get);
  }
  return false;
}

function refuse(proto: object, key: string, message: (owner: string) => string, owner: string | undefined): void {
  // Methods, not a named inner function: see decision 0012.
  const accessors = {
    get(this: object): never {
      throw new ControlError(ErrorCode.unknownOption, message(owner ?? this.constructor.name));
    },
    set(this: object): never {
      throw new ControlError(ErrorCode.unknownOption, message(owner ?? this.constructor.name));
    },
  };
  guards.add(accessors.get);
  Object.defineProperty(proto, key, { configurable: true, enumerable: false, ...accessors });
}

/**
 * On `proto`, makes the snake_case twin of each camelCase name in `names` throw with the Weft
 * name, and each key of `others` throw with its advice. The message names the object as `owner`
 * (`page`), or by its class (`ElevatedButton`).
 */
export function guardPythonNames(
  proto: object,
  names: Iterable<string>,
  others: Readonly<Record<string, string>> = {},
  owner?: string,
): void {
  for (const name of names) {
    const snake = snakeCase(name);
    if (snake === name || (snake in proto && !isGuard(proto, snake))) continue;
    refuse(proto, snake, (who) => `${who}.${snake} is Flet's Python spelling; in Weft it is ${who}.${name}`, owner);
  }
  for (const [key, advice] of Object.entries(others)) {
    if (key in proto && !isGuard(proto, key)) continue;
    refuse(proto, key, (who) => `${who}.${key}: ${advice}`, owner);
  }
}
