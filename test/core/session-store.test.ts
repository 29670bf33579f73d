/** `page.session`: a per-session key-value store that lives as long as the session, across resumes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, ErrorCode, Text, WeftError, type Page } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

interface Visit {
  user: string;
  clicks: number;
}

test("get, set, has, delete, keys and clear, typed through typed<V>()", async () => {
  let page!: Page;
  const pilot = await runApp((p) => void (page = p));
  const store = page.session.typed<Visit>();
  assert.equal(store.get("user"), undefined);
  assert.equal(store.has("user"), false);
  assert.equal(store.set("user", "ada").set("clicks", 2), store);
  assert.equal(store.get("user"), "ada");
  const clicks: number | undefined = store.get("clicks");
  assert.equal(clicks, 2);
  assert.deepEqual(store.keys(), ["user", "clicks"]);
  assert.equal(store.delete("user"), true);
  assert.equal(store.delete("user"), false);
  assert.deepEqual(store.keys(), ["clicks"]);
  store.clear();
  assert.equal(store.size, 0);
  // The same store, untyped: a value is kept as it is, not copied.
  const value = { nested: [1] };
  page.session.set("any", value);
  assert.equal(page.session.get("any"), value);
  assert.throws(() => page.session.get(7 as never), (e: unknown) => e instanceof WeftError && e.code === ErrorCode.badValue);
  page.session.set("__proto__", "harmless");
  assert.equal(page.session.get("__proto__"), "harmless");
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  await pilot.close();
});

test("the store survives a dropped connection and its resume, and is cleared when the session ends", async () => {
  let page!: Page;
  const pilot = await runApp(async (p) => {
    page = p;
    const shown = new Text("0");
    await p.add(
      shown,
      new ElevatedButton("+", {
        onClick: () => {
          const next = (p.session.get("count") as number | undefined ?? 0) + 1;
          p.session.set("count", next);
          shown.value = String(next);
        },
      }),
    );
  });
  await pilot.click({ text: "+" });
  await pilot.drop();
  await pilot.click({ text: "+" }); // queued while offline, delivered on resume
  await pilot.reconnect();
  await pilot.click({ text: "+" });
  assert.equal(page.session.get("count"), 3);
  assert.ok(pilot.find({ text: "3" }).length);
  const session = pilot.session;
  await pilot.close();
  assert.equal(session.closed, true);
  assert.equal(page.session.size, 0);
});
