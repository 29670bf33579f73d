/** `page.clientStorage` / `page.sessionStorage` through the pilot's browser storages: JSON values, namespaces, errors, hostile values. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ErrorCode, WeftError, type Page } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

async function pageOf(storageKey?: string): Promise<{ page: Page; pilot: Awaited<ReturnType<typeof runApp>> }> {
  let page: Page | undefined;
  const pilot = await runApp((p) => void (page = p), { hub: storageKey === undefined ? {} : { storageKey } });
  return { page: page!, pilot };
}

const code = (expected: string) => (e: unknown) => e instanceof WeftError && e.code === expected;

test("get, set, has, delete, keys(prefix) and clear over localStorage, with JSON values under the app's namespace", async () => {
  const { page, pilot } = await pageOf("notes");
  const storage = page.clientStorage.typed<{ "user.name": string; "user.age": number; theme: { dark: boolean; sizes: number[] } }>();
  assert.equal(await storage.get("theme"), undefined);
  assert.equal(await storage.has("theme"), false);
  await storage.set("theme", { dark: true, sizes: [1, 2.5] });
  await storage.set("user.name", "Ada");
  await storage.set("user.age", 36);
  assert.deepEqual(await storage.get("theme"), { dark: true, sizes: [1, 2.5] });
  assert.equal(await storage.has("theme"), true);
  assert.deepEqual((await storage.keys()).sort(), ["theme", "user.age", "user.name"]);
  assert.deepEqual((await storage.keys("user.")).sort(), ["user.age", "user.name"]);
  assert.deepEqual(pilot.localStorage.allKeys().sort(), ["weft:notes:theme", "weft:notes:user.age", "weft:notes:user.name"]);
  assert.equal(pilot.localStorage.getItem("weft:notes:user.name"), '"Ada"', "stored as JSON text");
  assert.equal(await storage.delete("user.age"), true);
  assert.equal(await storage.delete("user.age"), false);
  await storage.clear();
  assert.deepEqual(await storage.keys(), []);
  assert.deepEqual(pilot.sessionStorage.allKeys(), [], "clientStorage never writes sessionStorage");
  await pilot.close();
});

test("sessionStorage is the tab's own storage, namespaced the same way", async () => {
  const { page, pilot } = await pageOf();
  await page.sessionStorage.set("draft", "hello");
  assert.deepEqual(pilot.sessionStorage.allKeys(), ["weft:app:draft"]);
  assert.deepEqual(pilot.localStorage.allKeys(), []);
  assert.equal(await page.sessionStorage.get("draft"), "hello");
  assert.equal(await page.clientStorage.get("draft"), undefined);
  await pilot.close();
});

test("another app's keys on the origin are neither listed, read nor cleared", async () => {
  const { page, pilot } = await pageOf("one");
  pilot.localStorage.setItem("weft:other:secret", '"theirs"');
  pilot.localStorage.setItem("unrelated", "x");
  await page.clientStorage.set("mine", 1);
  assert.deepEqual(await page.clientStorage.keys(), ["mine"]);
  assert.equal(await page.clientStorage.get("other:secret"), undefined);
  await page.clientStorage.clear();
  assert.deepEqual(pilot.localStorage.allKeys().sort(), ["unrelated", "weft:other:secret"]);
  await pilot.close();
});

test("values that are not JSON are refused before they travel: functions, undefined, NaN, BigInt, cycles, too big, too deep", async () => {
  const { page, pilot } = await pageOf();
  const s = page.clientStorage as unknown as { set(key: string, value: unknown): Promise<void> };
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  let deep: unknown = 1;
  for (let i = 0; i < 40; i++) deep = [deep];
  for (const bad of [() => 1, undefined, Number.NaN, 10n, cycle, "x".repeat(60_000), deep, { a: Symbol("s") }]) {
    await assert.rejects(s.set("k", bad), code(ErrorCode.storageBadValue));
  }
  await assert.rejects(s.set(42 as unknown as string, 1), code(ErrorCode.badValue));
  assert.deepEqual(pilot.localStorage.allKeys(), [], "nothing reached the browser");
  await pilot.close();
});

test("hostile values a tampered browser returns are refused or made harmless: huge, deep, not JSON, __proto__", async () => {
  let page!: Page;
  const pilot = await runApp((p) => void (page = p), { hub: { callTimeoutMs: 300 } });
  const put = (key: string, text: string) => pilot.localStorage.setItem(`weft:app:${key}`, text);
  put("huge", `"${"x".repeat(60_000)}"`);
  put("huger", `"${"x".repeat(200_000)}"`);
  put("deep", `${"[".repeat(20_000)}${"]".repeat(20_000)}`);
  put("code", "alert(1)");
  put("proto", '{"__proto__": {"polluted": true}, "ok": 1, "nested": {"__proto__": {"polluted": true}}}');
  await assert.rejects(page.clientStorage.get("huge"), code(ErrorCode.storageBadReply));
  // Past the frame limit, the reply itself is refused: the call fails by its timeout.
  await assert.rejects(page.clientStorage.get("huger"), code(ErrorCode.callTimeout));
  await assert.rejects(page.clientStorage.get("deep"), code(ErrorCode.storageBadReply));
  await assert.rejects(page.clientStorage.get("code"), code(ErrorCode.storageBadReply));
  const value = (await page.clientStorage.get("proto")) as Record<string, unknown>;
  assert.deepEqual(Object.keys(value), ["ok", "nested"]);
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.equal(Object.getPrototypeOf(value.nested), Object.prototype);
  const merged = Object.assign({}, value, value.nested) as Record<string, unknown>;
  assert.equal(merged.polluted, undefined);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(pilot.session.closed, false, "the session carries on");
  await pilot.close();
});

test("hostile replies to the call itself are refused with storage.bad-reply, and the session carries on", async () => {
  const { page, pilot } = await pageOf();
  // A browser that lists keys that are not strings, or answers without an object.
  pilot.localStorage.setItem("weft:app:a", "1");
  const keyAt = pilot.localStorage.key.bind(pilot.localStorage);
  pilot.localStorage.key = () => null;
  assert.deepEqual(await page.clientStorage.keys(), []);
  pilot.localStorage.key = keyAt;
  const get = pilot.localStorage.getItem.bind(pilot.localStorage);
  pilot.localStorage.getItem = () => 5 as unknown as string;
  await assert.rejects(page.clientStorage.get("a"), code(ErrorCode.storageBadReply));
  pilot.localStorage.getItem = get;
  assert.equal(await page.clientStorage.get("a"), 1);
  await pilot.close();
});

test("a full storage and a disabled one are catchable WeftErrors with their own codes", async () => {
  const { page, pilot } = await pageOf();
  pilot.localStorage.quota = 100;
  await assert.rejects(page.clientStorage.set("big", "y".repeat(200)), (e: unknown) => code(ErrorCode.storageQuota)(e) && /full/.test((e as Error).message));
  await page.clientStorage.set("small", 1);
  pilot.sessionStorage.disabled = true;
  await assert.rejects(page.sessionStorage.get("x"), (e: unknown) => code(ErrorCode.storageUnavailable)(e) && /disabled/.test((e as Error).message));
  await assert.rejects(page.sessionStorage.keys(), code(ErrorCode.storageUnavailable));
  assert.equal(await page.clientStorage.get("small"), 1);
  await pilot.close();
});
