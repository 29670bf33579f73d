/**
 * Unknown properties on a control are loud. A ported Flet program run by `weft run` (no type
 * check) writes `text.colour = "red"` or `button.bgColor = …`; JavaScript would add a property
 * nobody reads and the page would silently stay as it was (issue 14). Instead the write throws a
 * `control.unknown-option` error naming the control, the property and the nearest real one.
 *
 * How (decision 0042): a Proxy sits between `Control.prototype` and `Object.prototype`. Setting a
 * property walks the prototype chain only when the object has no such own property and no class
 * on the way has an accessor for it, that is, only when the write would create a new property;
 * there the walk reaches the Proxy, whose `set` trap sees the control as its receiver. So a prop
 * write, a field write and a class field's definition never reach it, an instance costs nothing,
 * and it works in sloppy code too (where `Object.preventExtensions` fails silently).
 *
 * Held to: instances of a class that declares its props (`control(…)` or `defineControl`), which
 * is every Weft control and any an extension declares. An app's plain subclass (`class Task
 * extends Column`, any `UserControl`) keeps JavaScript's freedom to add its own properties.
 */
import { ControlError, ErrorCode } from "./errors.js";

/** Prototypes of classes given a spec by `defineControl` (their instances are held to it). */
const declaring = new WeakSet<object>();
/** Prototypes of the bases `control(…)` makes: a class extending one directly is declaring too. */
const declaredBases = new WeakSet<object>();

/** Records that instances of `proto`'s class are held to their declared props. */
export function holdToDeclared(proto: object): void {
  declaring.add(proto);
}

/** Records a base made by `control(…)`, whose direct subclass is the declared class. */
export function markDeclaredBase(proto: object): void {
  declaredBases.add(proto);
}

/** Whether `control` is an instance of a declaring class itself, not of an app's subclass of one. */
function isHeld(control: object): boolean {
  const proto = Object.getPrototypeOf(control) as object | null;
  if (proto === null) return false;
  if (declaring.has(proto) && !declaredBases.has(proto)) return true;
  const parent = Object.getPrototypeOf(proto) as object | null;
  return parent !== null && declaredBases.has(parent);
}

/** `text_align` → `textAlign`: a Flet (Python) name as Weft spells it. */
export function camelCase(name: string): string {
  return name.replace(/_+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Names within two edits of `name` (case aside), for "did you mean" hints. */
export function closestName(name: string, names: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of names) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/**
 * The name in `names` that `name` most likely meant: its camelCase (Flet's `on_click` is
 * `onClick`), else the closest within two edits of it or of its camelCase.
 */
export function suggestName(name: string, names: ReadonlySet<string>): string | undefined {
  const camel = camelCase(name);
  if (camel !== name && names.has(camel)) return camel;
  return closestName(name, names) ?? (camel !== name ? closestName(camel, names) : undefined);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * Every public name a control has: its own fields and the accessors and methods of its classes,
 * without Python twins (they hold `_`) or private-looking ones. Built only for an error message.
 */
function namesOf(control: object, top: object): Set<string> {
  const names = new Set<string>(Object.keys(control));
  for (let proto = Object.getPrototypeOf(control) as object | null; proto && proto !== top; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== "constructor" && !name.includes("_")) names.add(name);
  }
  return names;
}

/** How a message names the control: `page`, or its class (`Text`). */
export function ownerName(control: object): string {
  return control.constructor.name === "Page" ? "page" : control.constructor.name;
}

/** The error for writing `name`, which `control` does not have. */
export function unknownPropError(control: object, name: string, top: object): ControlError {
  const owner = ownerName(control);
  const hint = suggestName(name, namesOf(control, top));
  const camel = camelCase(name);
  const more = hint ? `; did you mean "${hint}"?` : camel !== name ? ` (nor "${camel}")` : "";
  return new ControlError(ErrorCode.unknownOption, `${owner} has no property "${name}"${more}`);
}

/**
 * Puts the guard between `root` (Control.prototype) and `Object.prototype`. Only writes that
 * would add a string-keyed property to a held control throw; everything else is as before.
 */
export function guardUnknownProps(root: object): void {
  const above = Object.getPrototypeOf(root) as object;
  const guard: object = new Proxy(above, {
    set(target, key, value, receiver: object) {
      // The hint's names stop at the guard: Object.prototype's (`toString`…) are no props.
      if (typeof key === "string" && isHeld(receiver)) throw unknownPropError(receiver, key, guard);
      return Reflect.set(target, key, value, receiver);
    },
  });
  Object.setPrototypeOf(root, guard);
}
