/**
 * The watcher's stream of type errors (decision 0059), on the proxy alone: a tab's stream gets
 * the latest report at once and each new one after; a foreign Host or Origin gets 403, so
 * another site's page cannot read the app's errors.
 */
import assert from "node:assert/strict";
import { request, type IncomingMessage } from "node:http";
import { test } from "node:test";
import { DevProxy } from "../src/cli/dev-proxy.js";
import { DevPath, type TypeReport } from "../src/protocol/index.js";

const TIMEOUT_MS = 10_000;

function open(port: number, headers: Record<string, string> = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: DevPath.types, headers, timeout: TIMEOUT_MS }, resolve);
    req.on("error", reject).end();
  });
}

/** Reads Server-Sent Events' `data:` lines as type reports, `count` of them. */
function reports(res: IncomingMessage, count: number): Promise<TypeReport[]> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`${count} reports did not arrive: ${text}`)), TIMEOUT_MS);
    res.setEncoding("utf8").on("data", (chunk: string) => {
      text += chunk;
      const found = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!) as TypeReport);
      if (found.length < count) return;
      clearTimeout(timer);
      resolve(found);
    });
  });
}

test("the proxy streams the type checker's reports to the app's own pages only", async () => {
  const proxy = new DevProxy();
  try {
    const port = await proxy.listen(0, "127.0.0.1");
    proxy.typeErrors(["message.ts:1:14: Type 'number' is not assignable to type 'string'. (TS2322)"]);
    const tab = await open(port);
    assert.equal(tab.statusCode, 200);
    assert.match(String(tab.headers["content-type"]), /^text\/event-stream/);
    const arriving = reports(tab, 2);
    // Once the first has arrived: a fix, then nothing left.
    setTimeout(() => proxy.typeErrors([]), 100);
    assert.deepEqual(await arriving, [{ errors: ["message.ts:1:14: Type 'number' is not assignable to type 'string'. (TS2322)"] }, { errors: [] }]);
    tab.destroy();

    const foreignHost = await open(port, { host: "attacker.example" });
    assert.equal(foreignHost.statusCode, 403);
    foreignHost.resume();
    const foreignOrigin = await open(port, { origin: "http://attacker.example" });
    assert.equal(foreignOrigin.statusCode, 403);
    foreignOrigin.resume();
  } finally {
    await proxy.close();
  }
});
