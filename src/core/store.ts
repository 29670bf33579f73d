/**
 * Where `page.userStorage` keeps each browser's data: a `Store` maps an id (the browser's, from
 * its signed cookie) to one JSON record. `MemoryStore` is this process's memory; the file store
 * (weftjs, server/stores/file-store.ts) survives a restart; a Redis store fits the same four
 * methods. A store only loads and saves whole records: ordering of one browser's writes is the
 * runtime's job (user-storage.ts), so a store needs no locks.
 */

/** One browser's data: JSON values by key. */
export type StoreRecord = Record<string, unknown>;

export interface Store {
  /** The record saved under `id`, or undefined when there is none. */
  load(id: string): Promise<StoreRecord | undefined>;
  /** Saves `record` under `id`, replacing what was there; resolves once it is durable. */
  save(id: string, record: StoreRecord): Promise<void>;
  /** Forgets `id`. */
  remove(id: string): Promise<void>;
  /** Releases what the store holds (files, connections); called when the app closes. */
  close(): Promise<void>;
}

/** A store in this process's memory: gone when the process ends. Records are kept as JSON text, so no caller shares an object. */
export class MemoryStore implements Store {
  readonly #records = new Map<string, string>();

  /** How many records are kept. */
  get size(): number {
    return this.#records.size;
  }

  load(id: string): Promise<StoreRecord | undefined> {
    const text = this.#records.get(id);
    return Promise.resolve(text === undefined ? undefined : (JSON.parse(text) as StoreRecord));
  }

  save(id: string, record: StoreRecord): Promise<void> {
    this.#records.set(id, JSON.stringify(record));
    return Promise.resolve();
  }

  remove(id: string): Promise<void> {
    this.#records.delete(id);
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
