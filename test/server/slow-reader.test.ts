import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, type Logger } from "../../src/index.js";

test("a client that stops reading cannot grow server memory past the cap, and is cut off with a logged reason", async () => {
  const warnings: string[] = [];
  const logger: Logger = { info() {}, warn: (m) => void warnings.push(m), error() {} };
  const handle = await appAsync(
    async (page) => {
      const text = new Text("");
      await page.add(text);
      page.runTask(async (signal) => {
        // Push ~20 KB patches as fast as the event loop allows, for at most 15 s.
        const deadline = Date.now() + 15_000;
        for (let i = 0; !signal.aborted && Date.now() < deadline; i++) {
          text.value = `${i} ${"x".repeat(20_000)}`;
          await text.update();
          await new Promise((resolve) => setImmediate(resolve));
        }
      });
    },
    { port: 0, view: "none", logger, maxBufferedBytes: 256 * 1024, slowClientTimeoutMs: 500, maxReplayBytes: 512 * 1024 },
  );
  try {
    const ws = new WebSocket(`ws://127.0.0.1:${handle.port}/_weft/ws`);
    await new Promise((resolve) => ws.once("open", resolve));
    ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
    await new Promise((resolve) => ws.once("message", resolve));
    // Stop reading: the server's writes back up into its socket buffer.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const cutOff = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("never cut off")), 20_000);
      const check = setInterval(() => {
        if (warnings.some((w) => w.includes("limit.slow-client"))) {
          clearInterval(check);
          clearTimeout(timer);
          resolve(1);
        }
      }, 20);
    });
    assert.equal(cutOff, 1);
    const warning = warnings.find((w) => w.includes("limit.slow-client"))!;
    assert.match(warning, /cut off a client that read nothing for \d+ s with \d+ bytes waiting \(limit.slow-client\); it may resume/);
    const waiting = Number(/with (\d+) bytes waiting/.exec(warning)![1]);
    assert.ok(waiting < 256 * 1024 + 64 * 1024, `the server held ${waiting} unsent bytes for the slow client`);
    ws.terminate();
  } finally {
    await handle.close();
  }
});
