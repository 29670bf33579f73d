/**
 * What keeps the light DOM (light-node.ts, light-element.ts) honest: every light node's prototype
 * chain ends in this object, so a property the light DOM does not define is a read or a write
 * that reaches it, and it throws a `LightDomError` naming the property (a defined one never gets
 * here and costs nothing). The first such use of a render is remembered, so the string host can
 * tell that the light DOM fell short even when a renderer's failure was caught and logged
 * (`DomHost.create` catches), and render that page on linkedom instead.
 */

/** A renderer used a part of the DOM that the light DOM does not have. */
export class LightDomError extends Error {
  readonly code = "first-paint.light-dom-unsupported";
}

let missed: LightDomError | undefined;

/** Clears and returns the first unsupported use since the last call. */
export function takeLightDomMiss(): LightDomError | undefined {
  const miss = missed;
  missed = undefined;
  return miss;
}

/** Records and throws the unsupported use `what` of `node`. */
export function unsupported(node: unknown, what: string): never {
  const name = (node as { localName?: unknown } | null)?.localName;
  const on = typeof name === "string" ? `<${name}>` : ((node as object | null)?.constructor?.name ?? "a light node");
  const error = new LightDomError(`the first paint's light DOM has no ${what} (on ${on}): add it to src/server/first-paint/light-*.ts, checked against linkedom, or keep the control type off LIGHT_DOM_TYPES`);
  missed ??= error;
  throw error;
}

/** Keys looked up on any object by the runtime itself (awaiting it, printing it), answered as absent. */
const RUNTIME_KEYS: ReadonlySet<string> = new Set(["then", "toJSON", "inspect"]);

/** The end of every light node's prototype chain. */
export const STRICT_END: object = new Proxy(Object.create(null) as object, {
  get(_target, key, receiver) {
    if (typeof key === "symbol" || RUNTIME_KEYS.has(key)) return undefined;
    return unsupported(receiver, `property ${key}`);
  },
  set(_target, key, _value, receiver) {
    return unsupported(receiver, `settable property ${String(key)}`);
  },
  has: () => false,
});

/** Ends `prototype`'s chain in `STRICT_END` (for the base class of the light nodes). */
export function strict(prototype: object): void {
  Object.setPrototypeOf(prototype, STRICT_END);
}
