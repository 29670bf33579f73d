/**
 * Error traffic is bounded like patches: a session that reads nothing and floods bad frames
 * writes a handful of log lines, holds a bounded amount of memory, is cut off as a slow reader,
 * and another session's click still gets its patch. The flood is 200,000 frames, and goes on
 * until the cut: how many answers the kernel's socket buffers absorb first depends on the
 * machine and its load (here 0.1–25 MB), and only what is left over counts against
 * `maxBufferedBytes`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { WebSocket } from "ws";
import { appAsync, ElevatedButton, Text, type Logger } from "../../src/index.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
setFlagsFromString("--no-expose-gc");

/** Heap plus the buffers outside it (where unsent socket bytes live), after a full collection. */
function retainedBytes(): number {
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** At least this many bad frames are sent, and more until the cut, up to the most. */
const MIN_BAD_FRAMES = 200_000;
const MAX_BAD_FRAMES = 1_000_000;
const MiB = 1024 * 1024;

interface Tab {
  ws: WebSocket;
  frames: unknown[][];
}

async function openTab(port: number): Promise<Tab> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`);
  const frames: unknown[][] = [];
  ws.on("message", (data) => void frames.push(JSON.parse(data.toString())));
  await new Promise((resolve) => ws.once("open", resolve));
  ws.send(JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]));
  await until(() => frames.some((f) => f[0] === "patch"), "the first patch");
  return { ws, frames };
}

async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Clicks the tab's only button (its `seq`th click) and waits for the patch that shows it. */
async function click(tab: Tab, seq: number): Promise<void> {
  const expected = `clicks: ${seq}`;
  const insert = JSON.stringify(tab.frames.find((f) => f[0] === "patch"));
  const id = Number(/"id":(\d+),"t":"elevatedbutton"/.exec(insert)![1]);
  tab.ws.send(JSON.stringify(["event", { seq, id, name: "click" }]));
  const shown = () => tab.frames.some((f) => f[0] === "patch" && JSON.stringify(f).includes(expected));
  await until(shown, `the patch with ${expected} (socket state ${tab.ws.readyState}, last frames ${JSON.stringify(tab.frames.slice(-3))})`);
}

test("a flood of bad frames from a client that never reads: few log lines, bounded memory, cut off; a neighbour's click still lands", async (t) => {
  const lines: string[] = [];
  const logger: Logger = { info: (m) => void lines.push(m), warn: (m) => void lines.push(m), error: (m) => void lines.push(m) };
  const handle = await appAsync(
    (page) => {
      const count = new Text("clicks: 0");
      let clicks = 0;
      return page.add(count, new ElevatedButton("Count", { onClick: () => void (count.value = `clicks: ${++clicks}`) }));
    },
    // No event rate: with one, the flood is cut off after 200 bad frames (test/core/budgets.test.ts);
    // this test is about the answers and the buffered-bytes cap.
    { port: 0, view: "none", logger, maxBufferedBytes: 64 * 1024, slowClientTimeoutMs: 500, eventRate: 1e9, eventBurst: 1e9, heartbeatMs: 0 },
  );
  try {
    const neighbour = await openTab(handle.port);
    const attacker = await openTab(handle.port);
    const before = retainedBytes();
    // The attacker stops reading: the server's answers back up into its socket.
    (attacker.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    let peak = 0;
    let sent = 0;
    let clicks = 0;
    const cut = () => lines.some((l) => l.includes("limit.slow-client"));
    for (; sent < MAX_BAD_FRAMES && (sent < MIN_BAD_FRAMES || !cut()); sent += 5_000) {
      for (let i = 0; i < 5_000; i++) attacker.ws.send("garbage");
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (sent % 50_000 === 0) peak = Math.max(peak, retainedBytes() - before);
      if (sent === 50_000) await click(neighbour, ++clicks);
    }
    await until(cut, "the cut-off");
    peak = Math.max(peak, retainedBytes() - before);
    assert.ok(peak < 8 * MiB, `the flood grew the server's memory by ${(peak / MiB).toFixed(1)} MiB`);

    // The attacker reads again and finds its connection closed.
    const closed = new Promise<number>((resolve) => attacker.ws.once("close", resolve));
    (attacker.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    assert.equal(await closed, 1008);
    const answers = attacker.frames.filter((f) => f[0] === "error").length;
    assert.ok(answers < sent, `only what fitted under the cap was answered (${answers} of ${sent})`);
    await click(neighbour, ++clicks);

    const session = JSON.parse(JSON.stringify(attacker.frames[0]))[1].session as string;
    const about = lines.filter((l) => l.includes(session));
    assert.ok(about.length <= 3, `the flood wrote ${about.length} lines:\n${about.join("\n")}`);
    assert.match(about[0]!, /rejected a frame \(protocol.bad-json\): frame is not valid JSON/);
    assert.ok(about.some((l) => /cut off a client that read nothing/.test(l)));
    const others = lines.filter((l) => !l.includes(session) && !l.startsWith("Weft app running"));
    assert.deepEqual(others, [], "nothing else was logged");
    t.diagnostic(`${sent} bad frames sent, ${answers} answered, ${about.length} log lines, peak growth ${(peak / MiB).toFixed(2)} MiB`);
    neighbour.ws.close();
  } finally {
    await handle.close();
  }
  // Closing ends the sessions: the throttle's summary says how many more bad frames came.
  assert.ok(lines.some((l) => /: [\d,]+ more bad frames \(protocol.bad-json\) before the session ended/.test(l)), lines.join("\n"));
});
