/**
 * `page.userStorage`: data kept on the server per browser (NiceGUI's `app.storage.user`). The
 * browser is named by a signed cookie (server/user-cookie.ts); its record lives in the app's
 * `Store`. Every tab of one browser shares it. Operations on one browser's record run one after
 * another (a queue per id), each loading, changing and saving the whole record, so two tabs
 * never lose each other's writes in this process. Values are JSON, checked like client storage.
 */
import { toJsonText } from "./client-json.js";
import { ErrorCode, WeftError } from "./errors.js";
import type { Store, StoreRecord } from "./store.js";

/** The hub's options for presence and storage. */
export interface ManyUsersOptions {
  /**
   * How long a session whose tab is gone (its connection dropped) stays present in `page.presence`,
   * in ms; past it, it leaves every topic, and joins again if the tab resumes. Default 30 000.
   */
  presenceGraceMs?: number;
  /** The app's namespace in the browser's storage (`page.clientStorage`). Default "app". */
  storageKey?: string;
  /** `page.userStorage`: the app's user storage, or why it has none. Default: none. */
  userStorage?: UserStorageHub | { reason: string };
}

/** The app-wide side: the store and one queue per browser id. */
export class UserStorageHub {
  readonly #queues = new Map<string, Promise<unknown>>();

  /** Keeps records in `store`, each browser's under `<namespace>_<browser id>` (the app's `storageKey`). */
  constructor(
    readonly store: Store,
    readonly namespace = "app",
  ) {}

  /** Browser ids with an operation in flight (for leak tests). */
  get busy(): number {
    return this.#queues.size;
  }

  /** Runs `change` on `id`'s record after every earlier operation on it; saves when it returns a record. */
  run<T>(browserId: string, change: (record: StoreRecord) => { result: T; save?: StoreRecord }): Promise<T> {
    const id = `${this.namespace}_${browserId}`;
    const before = this.#queues.get(id) ?? Promise.resolve();
    const next = before.then(async () => {
      const record = (await this.store.load(id)) ?? {};
      const { result, save } = change(record);
      if (save) await this.store.save(id, save);
      return result;
    });
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(id, settled);
    void settled.then(() => {
      if (this.#queues.get(id) === settled) this.#queues.delete(id);
    });
    return next;
  }
}

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/** Where one session's user storage is: a hub and the browser's id, or the reason there is none. */
export type UserStorageSource = { hub: UserStorageHub; id: string } | { reason: string };

export class UserStorage<V extends object = Record<string, unknown>> {
  readonly #source: UserStorageSource;

  /** Made by the runtime, one per session; apps use `page.userStorage`. */
  constructor(source: UserStorageSource) {
    this.#source = source;
  }

  /** The same storage, its keys and values typed: `page.userStorage.typed<{ visits: number }>()`. */
  typed<U extends object>(): UserStorage<U> {
    return this as unknown as UserStorage<U>;
  }

  /** The value kept under `key` for this browser (a copy), or undefined. */
  async get<K extends keyof V & string>(key: K): Promise<V[K] | undefined> {
    const checked = checkKey(key, "get");
    return this.#run("get", (record) => ({ result: copy(Object.hasOwn(record, checked) ? record[checked] : undefined) as V[K] | undefined }));
  }

  /** Keeps `value` (any JSON value) under `key` for this browser. */
  async set<K extends keyof V & string>(key: K, value: V[K]): Promise<void> {
    const checked = checkKey(key, "set");
    const stored = JSON.parse(toJsonText(value, "page.userStorage.set()")) as unknown;
    return this.#run("set", (record) => ({ result: undefined, save: { ...record, [checked]: stored } }));
  }

  /** Whether something is kept under `key`. */
  async has(key: keyof V & string): Promise<boolean> {
    const checked = checkKey(key, "has");
    return this.#run("has", (record) => ({ result: Object.hasOwn(record, checked) }));
  }

  /** Forgets `key`; true when it was there. */
  async delete(key: keyof V & string): Promise<boolean> {
    const checked = checkKey(key, "delete");
    return this.#run("delete", (record) => {
      if (!Object.hasOwn(record, checked)) return { result: false };
      const { [checked]: _gone, ...rest } = record;
      return { result: true, save: rest };
    });
  }

  /** The keys kept for this browser, those starting with `prefix` when one is given. */
  async keys(prefix = ""): Promise<Array<keyof V & string>> {
    return this.#run("keys", (record) => ({ result: Object.keys(record).filter((k) => k.startsWith(prefix)) as Array<keyof V & string> }));
  }

  /** Forgets everything kept for this browser. */
  async clear(): Promise<void> {
    return this.#run("clear", () => ({ result: undefined, save: {} }));
  }

  #run<T>(method: string, change: (record: StoreRecord) => { result: T; save?: StoreRecord }): Promise<T> {
    const source = this.#source;
    if ("reason" in source) return Promise.reject(new WeftError(ErrorCode.userStorage, `page.userStorage.${method}() cannot run: ${source.reason}`));
    return source.hub.run(source.id, change).catch((error: unknown) => {
      if (error instanceof WeftError) throw error;
      throw new WeftError(ErrorCode.userStorage, `page.userStorage.${method}() failed in the store: ${(error as Error)?.message ?? error}`, { cause: error });
    });
  }
}

function checkKey(key: unknown, method: string): string {
  if (typeof key !== "string" || key.length === 0 || key.length > 1024 || key === "__proto__") {
    throw new WeftError(ErrorCode.badValue, `page.userStorage.${method}() needs a key: a string of 1 to 1024 characters other than "__proto__"`);
  }
  return key;
}

/** A session's user storage: the browser's, or one that says why there is none. */
export function userStorageFor(source: UserStorageHub | { reason: string }, browserId: string | undefined): UserStorage {
  if (!(source instanceof UserStorageHub)) return new UserStorage(source);
  if (browserId === undefined) return new UserStorage({ reason: "this browser sent no valid user cookie (cookies blocked, or the page was not loaded from this server)" });
  return new UserStorage({ hub: source, id: browserId });
}
