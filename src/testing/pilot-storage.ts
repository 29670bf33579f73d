/**
 * The pilot's stand-in for a browser's localStorage / sessionStorage: a Map with the Web Storage
 * methods, a quota (in characters, like browsers count) and a switch that makes it disabled.
 * Tests write hostile values into it directly, as a tampered browser would hold them.
 */
import type { StorageLike } from "../shared/storage-answer.js";

export class PilotStorage implements StorageLike {
  readonly #items = new Map<string, string>();
  /** Characters of keys and values it holds at most; setItem past it throws `QuotaExceededError`. Default 5 000 000. */
  quota = 5_000_000;
  /** When true, every method throws `SecurityError`, as where the user disabled storage. */
  disabled = false;

  get length(): number {
    this.#check();
    return this.#items.size;
  }

  key(index: number): string | null {
    this.#check();
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    this.#check();
    return this.#items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#check();
    const used = [...this.#items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw Object.assign(new Error("the quota has been exceeded"), { name: "QuotaExceededError" });
    this.#items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.#check();
    this.#items.delete(key);
  }

  /** Every key, namespaced as stored (for tests). */
  allKeys(): string[] {
    return [...this.#items.keys()];
  }

  #check(): void {
    if (this.disabled) throw Object.assign(new Error("access to storage is denied"), { name: "SecurityError" });
  }
}
