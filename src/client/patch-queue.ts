/**
 * Applies patches strictly in order, first loading the lazily registered renderers a patch needs
 * (`registerLazyRenderer`). A patch whose renderers are all loaded, with none waiting before it,
 * is applied at once, in the same task as its frame arrived; otherwise it waits, and every patch
 * after it waits behind it.
 */
import type { PatchBody } from "../protocol/index.js";
import { DomTree } from "./dom-tree.js";
import { loadRenderers } from "./registry.js";

export class PatchQueue {
  readonly #apply: (patch: PatchBody) => void;
  #waiting: PatchBody[] = [];
  #loading = false;

  /** `apply` applies one patch to the page (and acknowledges it). */
  constructor(apply: (patch: PatchBody) => void) {
    this.#apply = apply;
  }

  /** Patches received and not applied yet. */
  get size(): number {
    return this.#waiting.length;
  }

  push(patch: PatchBody): void {
    this.#waiting.push(patch);
    this.#drain();
  }

  /** Drops every patch not applied yet (a new session, or the server will send them again). */
  clear(): void {
    this.#waiting = [];
  }

  #drain(): void {
    if (this.#loading) return;
    while (this.#waiting.length > 0) {
      const next = this.#waiting[0]!;
      const missing = DomTree.unloadedTypes(next.ops);
      if (missing.size > 0) {
        this.#loading = true;
        void loadRenderers(missing).then(() => {
          this.#loading = false;
          this.#drain();
        });
        return;
      }
      this.#waiting.shift();
      this.#apply(next);
    }
  }
}
