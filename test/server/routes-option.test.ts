/**
 * The `routes` app option (docs/navigation.md): `"all"` answers every path under the app with the
 * page; a list of TemplateRoute patterns answers only matching paths, others 404; the client's
 * assets still answer; a bad value is a `server.bad-option` error.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { appAsync, Text, type Logger } from "../../src/index.js";

const quiet: Logger = { info() {}, warn() {}, error() {} };
const options = { port: 0, view: "none", logger: quiet } as const;
const main = (page: { add(c: Text): unknown }) => void page.add(new Text("hi"));

async function status(base: string, path: string): Promise<number> {
  const res = await fetch(new URL(path, base), { signal: AbortSignal.timeout(5000) });
  await res.arrayBuffer();
  return res.status;
}

test('routes "all" (the default) answers every path with the page', async () => {
  const handle = await appAsync(main, options);
  try {
    for (const path of ["/", "/items/42", "/a/b/c?x=1", "/anything.txt"]) assert.equal(await status(handle.url, path), 200, path);
  } finally {
    await handle.close();
  }
});

test("routes as patterns: matching paths get the page, others 404, assets still answer", async () => {
  const handle = await appAsync(main, { ...options, routes: ["/", "/items/:id", "/search/:q?", "/docs/*"] });
  try {
    for (const path of ["/", "/items/42", "/items/42?color=red", "/search", "/search/tea", "/docs", "/docs/a/b"]) {
      assert.equal(await status(handle.url, path), 200, path);
    }
    for (const path of ["/items", "/items/42/extra", "/cart", "/robots.txt"]) assert.equal(await status(handle.url, path), 404, path);
    const page = await (await fetch(handle.url, { signal: AbortSignal.timeout(5000) })).text();
    const script = /src="([^"]+\.js)"/.exec(page)?.[1];
    assert.ok(script, "the page names its client script");
    assert.equal(await status(handle.url, script), 200, "the client's assets are not routes");
  } finally {
    await handle.close();
  }
});

test("a bad routes value is a readable option error", async () => {
  for (const routes of ["some", ["items"], [42], ["/a/*/b"]]) {
    const started = appAsync(main, { ...options, routes: routes as never });
    await assert.rejects(started, { code: "server.bad-option", message: /routes/ }, JSON.stringify(routes));
    await started.then((handle) => handle.close(), () => undefined);
  }
});
