/**
 * `redisStore()`: `page.userStorage` in Redis, one string key per browser (`<prefix>user:<id>`,
 * the record as JSON), so every process of the app sees the same data. Commands fail at once
 * while Redis is down (no unbounded queue): the runtime reports the failed load or save.
 */
import type { Store, StoreRecord } from "../core/index.js";
import { checkTarget, openClient, OutageWatch, type Client, type RedisOptions } from "./connection.js";

export class RedisStore implements Store {
  readonly #client: Client;
  readonly #prefix: string;
  readonly #connected: Promise<unknown>;

  constructor(target?: string | RedisOptions) {
    const options = checkTarget(target, "redisStore");
    this.#prefix = `${options.prefix}user:`;
    this.#client = openClient(options, false);
    new OutageWatch("redisStore", options.onOutage).watch(this.#client, () => {}, () => "");
    this.#connected = this.#client.connect().catch(() => {});
  }

  async load(id: string): Promise<StoreRecord | undefined> {
    await this.#connected;
    const text = await this.#client.get(this.#prefix + id);
    return text === null ? undefined : (JSON.parse(text) as StoreRecord);
  }

  async save(id: string, record: StoreRecord): Promise<void> {
    await this.#connected;
    await this.#client.set(this.#prefix + id, JSON.stringify(record));
  }

  async remove(id: string): Promise<void> {
    await this.#connected;
    await this.#client.del(this.#prefix + id);
  }

  async close(): Promise<void> {
    await (this.#client.isReady ? this.#client.close() : this.#client.destroy());
  }
}

/** A `Store` in Redis, for `app(main, { userStore: redisStore(url), storageSecret })`. */
export function redisStore(target?: string | RedisOptions): RedisStore {
  return new RedisStore(target);
}
