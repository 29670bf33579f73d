/**
 * A session's controls by id. Ids are handed out in order from 1 and never reused, so while most
 * of them are alive the controls sit in an array at their id: a page of 10,000 controls fills one
 * array instead of rehashing a Map as it grows (a tenth of the allocation of `main` adding them,
 * issue 6). Once fewer than a quarter of the ids below the highest are alive (a long session that
 * keeps adding and removing), it moves to a Map for good, so memory follows the live count.
 */
import type { Control } from "./control.js";

/** Below this many slots an array is kept however sparse it is. */
const SMALL = 4096;

export class ControlRegistry {
  #byId: (Control | undefined)[] | undefined = [];
  #map: Map<number, Control> | undefined;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(id: number): Control | undefined {
    return this.#byId ? this.#byId[id] : this.#map!.get(id);
  }

  /** Registers a control under a new id (ids are never reused). */
  set(id: number, control: Control): void {
    const byId = this.#byId;
    if (!byId) {
      if (!this.#map!.has(id)) this.#size++;
      this.#map!.set(id, control);
      return;
    }
    if (byId[id] === undefined) this.#size++;
    byId[id] = control;
  }

  delete(id: number): void {
    const byId = this.#byId;
    if (!byId) {
      if (this.#map!.delete(id)) this.#size--;
      return;
    }
    if (byId[id] === undefined) return;
    byId[id] = undefined;
    this.#size--;
    if (byId.length > SMALL && this.#size * 4 < byId.length) this.#toMap(byId);
  }

  clear(): void {
    this.#byId = [];
    this.#map = undefined;
    this.#size = 0;
  }

  *values(): IterableIterator<Control> {
    if (!this.#byId) {
      yield* this.#map!.values();
      return;
    }
    for (const control of this.#byId) if (control) yield control;
  }

  #toMap(byId: readonly (Control | undefined)[]): void {
    const map = new Map<number, Control>();
    for (let id = 0; id < byId.length; id++) if (byId[id]) map.set(id, byId[id]!);
    this.#map = map;
    this.#byId = undefined;
  }
}
