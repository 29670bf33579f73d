/** `page.userStorage` in the pilot: one browser's tabs share a record, concurrent writes are not lost, bad keys and values are refused, and a missing setup says why. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorCode, MemoryStore, UserStorageHub, WeftError, type Page, type Store, type StoreRecord } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const code = (expected: string) => (e: unknown) => e instanceof WeftError && e.code === expected;

async function tab(hub: UserStorageHub, browserId?: string): Promise<{ page: Page; close(): Promise<void> }> {
  let page!: Page;
  const pilot = await runApp((p) => void (page = p), { hub: { userStorage: hub, storageKey: "shop" }, browserId });
  return { page, close: () => pilot.close() };
}

test("two tabs of one browser share its record; another browser has its own; records are stored under <storageKey>_<id>", async () => {
  const store = new MemoryStore();
  const hub = new UserStorageHub(store, "shop");
  const [a, b, other] = [await tab(hub, "b1"), await tab(hub, "b1"), await tab(hub, "b2")];
  await a.page.userStorage.set("cart", ["apple"]);
  assert.deepEqual(await b.page.userStorage.get("cart"), ["apple"]);
  assert.equal(await other.page.userStorage.get("cart"), undefined);
  assert.deepEqual(await store.load("shop_b1"), { cart: ["apple"] });
  assert.equal(await b.page.userStorage.has("cart"), true);
  assert.deepEqual(await b.page.userStorage.keys("ca"), ["cart"]);
  const got = (await a.page.userStorage.get("cart")) as string[];
  got.push("changed by the reader");
  assert.deepEqual(await a.page.userStorage.get("cart"), ["apple"], "get gives a copy");
  assert.equal(await b.page.userStorage.delete("cart"), true);
  assert.equal(await b.page.userStorage.delete("cart"), false);
  await a.page.userStorage.set("x", 1);
  await a.page.userStorage.clear();
  assert.deepEqual(await b.page.userStorage.keys(), []);
  await Promise.all([a.close(), b.close(), other.close()]);
});

test("concurrent writes from two tabs run one after another: none is lost, even with a slow store", async () => {
  const memory = new MemoryStore();
  const slow: Store = {
    load: async (id) => {
      await new Promise((r) => setTimeout(r, 1));
      return memory.load(id);
    },
    save: async (id, record: StoreRecord) => {
      await new Promise((r) => setTimeout(r, 1));
      return memory.save(id, record);
    },
    remove: (id) => memory.remove(id),
    close: () => memory.close(),
  };
  const hub = new UserStorageHub(slow);
  const [a, b] = [await tab(hub, "same"), await tab(hub, "same")];
  await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).page.userStorage.set(`k${i}`, i)));
  assert.equal((await a.page.userStorage.keys()).length, 50);
  assert.equal(hub.busy, 0, "no queue is left behind");
  await Promise.all([a.close(), b.close()]);
});

test("bad keys and values are refused; a failing store, no cookie and no setup each reject with storage.user, saying why", async () => {
  const broken: Store = {
    load: () => Promise.reject(new Error("disk on fire")),
    save: () => Promise.resolve(),
    remove: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  const ok = await tab(new UserStorageHub(new MemoryStore()), "b");
  const s = ok.page.userStorage as unknown as { set(k: unknown, v: unknown): Promise<void> };
  await assert.rejects(s.set("__proto__", 1), code(ErrorCode.badValue));
  await assert.rejects(s.set("", 1), code(ErrorCode.badValue));
  await assert.rejects(s.set("f", () => 1), code(ErrorCode.storageBadValue));
  await assert.rejects(s.set("big", "x".repeat(100_000)), code(ErrorCode.storageBadValue));
  await ok.close();
  const failing = await tab(new UserStorageHub(broken), "b");
  await assert.rejects(failing.page.userStorage.get("k"), (e: unknown) => code(ErrorCode.userStorage)(e) && /disk on fire/.test((e as Error).message));
  await failing.close();
  const noCookie = await tab(new UserStorageHub(new MemoryStore()));
  await assert.rejects(noCookie.page.userStorage.get("k"), (e: unknown) => code(ErrorCode.userStorage)(e) && /no valid user cookie/.test((e as Error).message));
  await noCookie.close();
  let page!: Page;
  const pilot = await runApp((p) => void (page = p));
  await assert.rejects(page.userStorage.keys(), (e: unknown) => code(ErrorCode.userStorage)(e) && /storageSecret/.test((e as Error).message));
  await pilot.close();
});
