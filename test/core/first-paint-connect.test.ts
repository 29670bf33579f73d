/**
 * `page.onConnect` on a first-painted session, with Flet's `on_connect` semantics: it does not
 * run when the page is first opened (the claim of a server-painted session is that opening, as
 * a client-first tab's hello is), and it runs when the tab's connection comes back after a drop,
 * in both modes alike.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ClientAction, encodeFrame, PROTOCOL_VERSION, type Connection, type HelloBody } from "../../src/protocol/index.js";
import { SessionHub, sleep, Text, type AppMain } from "../../src/core/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";

const HOST = "app.example:8080";

/** A tab's socket from the page's origin; the frames it got, parsed. */
function socket() {
  const [client, server] = memoryConnectionPair();
  Object.defineProperty(server, "origin", { value: `http://${HOST}` });
  const received: unknown[][] = [];
  client.onMessage = (text) => received.push(JSON.parse(text) as unknown[]);
  return { client, server: server as Connection, received };
}

function hello(body: Partial<HelloBody>): string {
  return encodeFrame([ClientAction.hello, { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/", ...body }]);
}

/** The app: records the page's connection events. */
function recording(events: string[]): AppMain {
  return (page) => {
    page.onConnect = () => void events.push("connect");
    page.onDisconnect = () => void events.push("disconnect");
    page.add(new Text("hello"));
  };
}

/** Drops `tab` and resumes its session on a new socket with the token of its welcome. */
async function dropAndResume(hub: SessionHub, tab: ReturnType<typeof socket>): Promise<void> {
  const welcome = tab.received.find((frame) => frame[0] === "welcome")![1] as { token: string; seq: number };
  tab.client.close(1006, "network gone");
  await sleep(5);
  const again = socket();
  hub.accept(again.server, hello({ resume: welcome.token, ack: welcome.seq }));
  await sleep(10);
}

test("a claimed first paint runs no onConnect, as a client-first tab's opening does not; a resume after a drop runs it in both", async () => {
  for (const mode of ["server", "client"] as const) {
    const events: string[] = [];
    const hub = new SessionHub(recording(events), { heartbeatMs: 0 });
    const tab = socket();
    if (mode === "server") {
      const paint = await hub.paintFirst({ route: "/", address: "10.0.0.1", host: HOST });
      assert.ok(paint.ok);
      hub.accept(tab.server, hello({ claim: paint.claim, ack: 0 }));
    } else hub.accept(tab.server, hello({}));
    await sleep(10);
    assert.equal(tab.received[0]?.[0], "welcome", `${mode}: the tab is live`);
    assert.deepEqual(events, [], `${mode}: opening the page is no (re)connection`);
    await dropAndResume(hub, tab);
    assert.deepEqual(events, ["disconnect", "connect"], `${mode}: a drop and a resume`);
    await hub.close();
  }
});
