import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, type Logger } from "../../src/index.js";
import { clientAddress, proxyTrust } from "../../src/server/client-address.js";

function request(peer: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

test("without trustProxy the address is the socket's peer, whatever forwarding headers say", () => {
  const forged = { "x-forwarded-for": "203.0.113.9", forwarded: "for=203.0.113.9" };
  assert.equal(clientAddress(request("198.51.100.7", forged), proxyTrust(undefined)), "198.51.100.7");
  assert.equal(clientAddress(request("127.0.0.1", forged), proxyTrust(false)), "127.0.0.1");
  assert.equal(clientAddress(request("::ffff:127.0.0.1"), undefined), "127.0.0.1", "an IPv4 client counts once, mapped or not");
});

test("behind a trusted proxy the client is the rightmost hop that is not a trusted proxy", () => {
  const local = proxyTrust(true);
  // The proxy on this machine appended the address it got the request from; the client wrote the rest.
  assert.equal(clientAddress(request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), local), "198.51.100.7");
  assert.equal(clientAddress(request("::1", { "x-forwarded-for": "198.51.100.7" }), local), "198.51.100.7");
  // A peer that is not a trusted proxy is the client, whatever it forwards.
  assert.equal(clientAddress(request("198.51.100.7", { "x-forwarded-for": "6.6.6.6" }), local), "198.51.100.7");
  // Two layers of proxies: a CDN range and a load balancer on the private network.
  const layered = proxyTrust(["10.0.0.0/8", "203.0.113.0/24"]);
  const chain = { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 203.0.113.20" };
  assert.equal(clientAddress(request("10.1.2.3", chain), layered), "198.51.100.7");
  assert.equal(clientAddress(request("10.1.2.3", chain), proxyTrust("10.0.0.0/8")), "203.0.113.20", "the CDN is not trusted here");
  assert.equal(clientAddress(request("10.1.2.3", { "x-forwarded-for": "10.9.9.9" }), layered), "10.9.9.9", "all trusted: the furthest hop");
  assert.equal(clientAddress(request("10.1.2.3", { "x-forwarded-for": "198.51.100.7:5123" }), layered), "198.51.100.7", "ports are dropped");
  assert.equal(clientAddress(request("10.1.2.3", { "x-forwarded-for": "2001:db8::1, 10.0.0.9" }), proxyTrust("uniquelocal")), "2001:db8::1");
});

test("RFC 7239 Forwarded is read only when asked for, since a proxy passes on the header it does not write", () => {
  const viaForwarded = proxyTrust("loopback", "forwarded");
  const headers = { forwarded: 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=https', "x-forwarded-for": "6.6.6.6" };
  assert.equal(clientAddress(request("127.0.0.1", headers), viaForwarded), "2001:db8:cafe::17");
  assert.equal(clientAddress(request("127.0.0.1", headers), proxyTrust("loopback")), "6.6.6.6", "X-Forwarded-For by default");
  assert.equal(clientAddress(request("127.0.0.1", { forwarded: "for=_hidden;by=x" }), viaForwarded), "_hidden", "an obfuscated client still counts as one");
});

test("a trustProxy entry that is not an address, a range or a name is a plain error", async () => {
  assert.throws(() => proxyTrust(["10.0.0.0/33"]), /trustProxy entry "10.0.0.0\/33" is not an IP address, a CIDR range or one of loopback/);
  assert.throws(() => proxyTrust("localhost"), /"localhost" is not an IP address/);
  assert.throws(() => proxyTrust(8), /trustProxy must be true, false, or proxy addresses/);
  assert.throws(() => proxyTrust(true, "x-real-ip"), /forwardedHeader must be "x-forwarded-for" or "forwarded"/);
  await assert.rejects(appAsync(() => {}, { port: 0, view: "none", trustProxy: ["nope"] }), { code: "server.bad-option" });
});

test("maxSessionsPerClient counts the address trusted proxies give, and only when they are trusted", async () => {
  const quiet: Logger = { info() {}, warn() {}, error() {} };
  const main = (page: import("../../src/index.js").Page) => page.add(new Text("hi"));
  async function firstFrame(port: number, forwardedFor: string): Promise<{ frame: unknown[]; ws: WebSocket }> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`, { headers: { "X-Forwarded-For": forwardedFor } });
    const frame = new Promise<unknown[]>((resolve) => ws.once("message", (data) => resolve(JSON.parse(data.toString()))));
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
    return { frame: await frame, ws };
  }
  for (const trustProxy of [true, false]) {
    const handle = await appAsync(main, { port: 0, view: "none", logger: quiet, maxSessionsPerClient: 1, trustProxy });
    try {
      const sockets: WebSocket[] = [];
      const actions: unknown[] = [];
      for (const client of ["198.51.100.1", "198.51.100.2", "198.51.100.1"]) {
        const { frame, ws } = await firstFrame(handle.port, client);
        sockets.push(ws);
        actions.push(frame[0] === "error" ? (frame[1] as { code: string }).code : frame[0]);
      }
      if (trustProxy) assert.deepEqual(actions, ["welcome", "welcome", "limit.sessions"], "one session per client behind the proxy");
      else assert.deepEqual(actions, ["welcome", "limit.sessions", "limit.sessions"], "the header is ignored: one peer, 127.0.0.1");
      for (const ws of sockets) ws.terminate();
    } finally {
      await handle.close();
    }
  }
});
