/** createHandler in four host servers: a host route beside a Weft page, a click round trip, authenticate's refusal. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { WebSocket } from "ws";
import { HOSTS } from "./embed-hosts.js";
import { TabClient } from "./tab-client.js";

/** The status a refused upgrade answers with. */
function upgradeStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once("open", () => {
      ws.terminate();
      reject(new Error("the socket opened without the cookie"));
    });
    ws.once("error", () => {});
  });
}

for (const [name, start] of Object.entries(HOSTS)) {
  describe(`embedded in ${name}`, { timeout: 20_000 }, () => {
    test("a host route and the Weft page share one port; a click round-trips; authenticate refuses without the cookie", async () => {
      const host = await start();
      try {
        const base = `http://127.0.0.1:${host.port}`;
        const own = await fetch(`${base}/hello`);
        assert.equal(own.status, 200);
        assert.equal(await own.text(), "host route");

        const page = await fetch(`${base}/weft/`);
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /<meta name="weft-ws" content="\/weft\/_weft\/ws"/);
        const script = /src="(\/weft\/_weft\/[^"]+\.js)"/.exec(html);
        assert.ok(script, `the page names its script under the base path:\n${html}`);
        assert.equal((await fetch(`${base}${script[1]}`)).status, 200);

        assert.equal(await upgradeStatus(host.port, "/weft/_weft/ws"), 401);

        const tab = await TabClient.open(host.port, "/weft/_weft/ws", { cookie: "theme=dark; auth=ok" });
        await tab.waitFor(/hello ada: 0/);
        tab.click("Add");
        await tab.waitFor(/hello ada: 1/);
        tab.close();
      } finally {
        await host.close();
      }
    });
  });
}
