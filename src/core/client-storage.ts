/**
 * `page.clientStorage` (the browser's localStorage) and `page.sessionStorage` (per tab): async
 * `get`, `set`, `has`, `delete`, `keys(prefix?)` and `clear()`, each a server-to-client call of
 * the page (protocol/storage.ts). Keys live under `weft:<storageKey>:`, so two apps on one origin
 * never see or clear each other's keys. Values are JSON; what comes back is checked
 * (client-json.ts). A full or disabled storage rejects with `storage.quota` / `storage.unavailable`.
 */
import { MAX_STORAGE_KEYS, type JsonValue, type StorageArea, type StorageOp } from "../protocol/index.js";
import { fromClientJson, toJsonText } from "./client-json.js";
import { ErrorCode, WeftError } from "./errors.js";

/** Sends one storage call to the browser and resolves to its reply's data. */
export type StorageCaller = (args: JsonValue[]) => Promise<JsonValue | undefined>;

const MAX_KEY_LENGTH = 1024;

/** The namespace every key of an app lives under. */
export function storageNamespace(storageKey: string): string {
  return `weft:${storageKey}:`;
}

/** Checks an app's `storageKey` option. */
export function checkStorageKey(value: unknown): string {
  if (typeof value !== "string" || !/^[A-Za-z0-9._-]{1,100}$/.test(value)) {
    throw new WeftError(ErrorCode.badOption, `storageKey must be 1 to 100 letters, digits, ".", "_" or "-", got ${JSON.stringify(value)}`);
  }
  return value;
}

/** An app's default `storageKey`, from its path: `"app"` at `/`, `"admin"` at `/admin/`, `"a-b"` at `/a/b/`. */
export function storageKeyOfPath(path: string): string {
  const key = path.replace(/^\/+|\/+$/g, "").replace(/[^A-Za-z0-9._-]+/g, "-");
  return key === "" ? "app" : key.slice(0, 100);
}

export class ClientStorage<V extends object = Record<string, unknown>> {
  readonly #call: StorageCaller;
  readonly #area: StorageArea;
  readonly #namespace: string;

  /** Made by the runtime; apps use `page.clientStorage` and `page.sessionStorage`. */
  constructor(call: StorageCaller, area: StorageArea, storageKey: string) {
    this.#call = call;
    this.#area = area;
    this.#namespace = storageNamespace(storageKey);
  }

  /** The same storage, its keys and values typed: `page.clientStorage.typed<{ theme: string }>()`. */
  typed<U extends object>(): ClientStorage<U> {
    return this as unknown as ClientStorage<U>;
  }

  /** The value stored under `key`, or undefined when there is none. */
  async get<K extends keyof V & string>(key: K): Promise<V[K] | undefined> {
    const text = await this.#run("get", key);
    return text === null ? undefined : (fromClientJson(text, this.#what("get")) as V[K]);
  }

  /** Stores `value` (any JSON value) under `key`. */
  async set<K extends keyof V & string>(key: K, value: V[K]): Promise<void> {
    const checked = this.#key(key, "set");
    const text = toJsonText(value, this.#what("set"));
    await this.#run("set", checked, text);
  }

  /** Whether something is stored under `key`. */
  async has(key: keyof V & string): Promise<boolean> {
    return this.#boolean(await this.#run("has", key), "has");
  }

  /** Removes `key`; true when it was there. */
  async delete(key: keyof V & string): Promise<boolean> {
    return this.#boolean(await this.#run("delete", key), "delete");
  }

  /** This app's keys, those starting with `prefix` when one is given. */
  async keys(prefix = ""): Promise<Array<keyof V & string>> {
    const keys = await this.#run("keys", prefix);
    if (!Array.isArray(keys) || keys.length > MAX_STORAGE_KEYS || !keys.every((k) => typeof k === "string" && k.length <= MAX_KEY_LENGTH)) {
      throw new WeftError(ErrorCode.storageBadReply, `${this.#what("keys")}: the browser returned something other than a list of keys; ignored`);
    }
    return keys as Array<keyof V & string>;
  }

  /** Removes every key of this app (and no other app's). */
  async clear(): Promise<void> {
    await this.#run("clear", "");
  }

  #what(method: string): string {
    return `page.${this.#area === "local" ? "clientStorage" : "sessionStorage"}.${method}()`;
  }

  #key(key: unknown, method: string): string {
    if (typeof key !== "string" || key.length > MAX_KEY_LENGTH) {
      throw new WeftError(ErrorCode.badValue, `${this.#what(method)} needs a string key of at most ${MAX_KEY_LENGTH} characters, got ${typeof key}`);
    }
    return key;
  }

  #boolean(value: JsonValue, method: string): boolean {
    if (typeof value !== "boolean") throw new WeftError(ErrorCode.storageBadReply, `${this.#what(method)}: the browser returned a ${typeof value}; ignored`);
    return value;
  }

  /** Runs one op in the browser; resolves to the reply's `result`. */
  async #run(op: StorageOp, key: string, value?: string): Promise<JsonValue> {
    const args: JsonValue[] = [this.#area, op, this.#namespace, this.#key(key, op)];
    if (value !== undefined) args.push(value);
    const reply = (await this.#call(args)) as { result?: JsonValue; storageError?: unknown; message?: unknown } | undefined;
    if (typeof reply !== "object" || reply === null || Array.isArray(reply)) {
      throw new WeftError(ErrorCode.storageBadReply, `${this.#what(op)}: the browser returned no answer object; ignored`);
    }
    if (reply.storageError !== undefined) {
      const code = reply.storageError === "quota" ? ErrorCode.storageQuota : ErrorCode.storageUnavailable;
      const why = reply.storageError === "quota" ? "the browser's storage is full" : "the browser's storage is disabled or unavailable";
      throw new WeftError(code, `${this.#what(op)} failed: ${why} (${String(reply.message).slice(0, 200)})`);
    }
    if (!("result" in reply)) throw new WeftError(ErrorCode.storageBadReply, `${this.#what(op)}: the browser's answer has no result; ignored`);
    return reply.result as JsonValue;
  }
}
