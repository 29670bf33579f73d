/**
 * `page.session`: a key-value store that lives exactly as long as the session, Flet's
 * `page.session.store`. It is kept on the server, in memory: it survives a dropped connection and
 * its resume (the same session), and is cleared when the session ends. Values are whatever the
 * app puts there (they never travel); type them with `page.session.typed<MyState>()`.
 */
import { ErrorCode, WeftError } from "./errors.js";

/** The shape of what a session keeps, by key. */
export type SessionValues = Record<string, unknown>;

export class SessionStore<V extends object = SessionValues> {
  readonly #values = new Map<string, unknown>();

  /** The same store with its keys and values typed: `page.session.typed<{ user: string }>()`. */
  typed<U extends object>(): SessionStore<U> {
    return this as unknown as SessionStore<U>;
  }

  /** The value kept under `key`, or undefined. */
  get<K extends keyof V & string>(key: K): V[K] | undefined {
    return this.#values.get(checkKey(key, "get")) as V[K] | undefined;
  }

  /** Keeps `value` under `key` (replacing what was there); returns the store, like `Map.set`. */
  set<K extends keyof V & string>(key: K, value: V[K]): this {
    this.#values.set(checkKey(key, "set"), value);
    return this;
  }

  /** Whether something is kept under `key`. */
  has(key: keyof V & string): boolean {
    return this.#values.has(checkKey(key, "has"));
  }

  /** Forgets `key`; true when it was there. */
  delete(key: keyof V & string): boolean {
    return this.#values.delete(checkKey(key, "delete"));
  }

  /** The keys, in the order first set. */
  keys(): Array<keyof V & string> {
    return [...this.#values.keys()] as Array<keyof V & string>;
  }

  /** Forgets everything (done by itself when the session ends). */
  clear(): void {
    this.#values.clear();
  }

  /** How many keys are kept. */
  get size(): number {
    return this.#values.size;
  }
}

function checkKey(key: unknown, method: string): string {
  if (typeof key !== "string") throw new WeftError(ErrorCode.badValue, `page.session.${method}() needs a string key, got ${typeof key}`);
  return key;
}
