/**
 * The transport contract: what every `Connection` pair must do, whatever carries the frames.
 * One suite, run by `transport-memory.test.ts`, `transport-ws.test.ts` and
 * `transport-port.test.ts` against the in-memory pair, the WebSocket and the worker's
 * `MessagePort`, so a session cannot tell which one it runs over (DESIGN.md: one seam to the
 * network).
 *
 * ```ts
 * describeTransportContract("memory", async () => { const [left, right] = memoryConnectionPair(); return { left, right }; });
 * ```
 */
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import type { Connection } from "../src/protocol/index.js";

/** Two connected ends, both ready to send. */
export interface TransportPair {
  left: Connection;
  right: Connection;
  /** Frees what the pair holds (servers, ports); called after each test. */
  dispose?(): Promise<void>;
}

/** A pair whose right end does not exist yet when the left one starts sending. */
export interface LatePair {
  left: Connection;
  /** Makes the right end; its consumer sets `onMessage` in the same task. */
  openRight(): Connection;
  dispose?(): Promise<void>;
}

export interface TransportContractOptions {
  /**
   * Where the transport has a "not open yet" state that a sender may not notice (a page posting
   * to a worker that is still loading), makes such a pair; the suite checks that nothing is lost.
   */
  makeLatePair?: () => Promise<LatePair>;
}

/** Every bound in the suite: no wait lasts longer. */
const TIMEOUT_MS = 5000;

/** What one end has received so far. */
interface Recorder {
  frames: string[];
  closes: { code: number; reason: string }[];
  /** Resolves once `count` frames have arrived. */
  frameCount(count: number): Promise<void>;
  /** Resolves once onClose has fired. */
  closed(): Promise<void>;
}

function record(connection: Connection): Recorder {
  const frames: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const waiter of [...waiters]) waiter();
  };
  connection.onMessage = (frame) => {
    frames.push(frame);
    wake();
  };
  connection.onClose = (code, reason) => {
    closes.push({ code, reason });
    wake();
  };
  const until = (what: string, done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (done()) return resolve();
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting for ${what} (have ${frames.length} frames, ${closes.length} closes)`));
      }, TIMEOUT_MS);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
    });
  return {
    frames,
    closes,
    frameCount: (count) => until(`${count} frames`, () => frames.length >= count),
    closed: () => until("onClose", () => closes.length > 0),
  };
}

/** Lets whatever is in flight arrive (a few turns of the event loop). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Runs the contract against pairs from `makePair`, as a `describe` block named `name`. */
export function describeTransportContract(
  name: string,
  makePair: () => Promise<TransportPair>,
  options: TransportContractOptions = {},
): void {
  describe(`transport contract: ${name}`, () => {
    const disposers: (() => Promise<void>)[] = [];
    const pair = async () => {
      const made = await makePair();
      if (made.dispose) disposers.push(() => made.dispose!());
      return { ...made, l: record(made.left), r: record(made.right) };
    };
    afterEach(async () => {
      await Promise.all(disposers.splice(0).map((dispose) => dispose()));
    });

    test("frames arrive in the order they were sent, both ways at once", async () => {
      const { left, right, l, r } = await pair();
      const fromLeft = Array.from({ length: 300 }, (_, i) => `["event",{"seq":${i + 1}}]`);
      const fromRight = Array.from({ length: 300 }, (_, i) => `["patch",{"seq":${i + 1}}]`);
      for (let i = 0; i < 300; i++) {
        left.send(fromLeft[i]!);
        right.send(fromRight[i]!);
      }
      await Promise.all([r.frameCount(300), l.frameCount(300)]);
      assert.deepEqual(r.frames, fromLeft);
      assert.deepEqual(l.frames, fromRight);
    });

    test("a large frame arrives intact, multi-byte text included", async () => {
      const { left, right, l, r } = await pair();
      const big = `["patch",${JSON.stringify("é€😀 weft ".repeat(80_000))}]`;
      const other = `["event",${JSON.stringify("ß✓🚀 tfew ".repeat(80_000))}]`;
      assert.ok(big.length > 512 * 1024);
      left.send(big);
      right.send(other);
      await Promise.all([r.frameCount(1), l.frameCount(1)]);
      // Compared without assert.equal, whose diff of a megabyte would drown the report.
      assert.ok(r.frames[0] === big, `left → right: ${r.frames[0]?.length} chars arrived of ${big.length}`);
      assert.ok(l.frames[0] === other, `right → left: ${l.frames[0]?.length} chars arrived of ${other.length}`);
    });

    for (const closer of ["left", "right"] as const) {
      test(`closing the ${closer} end closes both, once each, with its code and reason`, async () => {
        const made = await pair();
        const [closing, other] = closer === "left" ? [made.left, made.right] : [made.right, made.left];
        const [closingRec, otherRec] = closer === "left" ? [made.l, made.r] : [made.r, made.l];
        closing.close(4001, "done here");
        await Promise.all([closingRec.closed(), otherRec.closed()]);
        await settle();
        assert.deepEqual(otherRec.closes, [{ code: 4001, reason: "done here" }]);
        assert.deepEqual(closingRec.closes, [{ code: 4001, reason: "done here" }]);
        closing.close(4002, "again");
        other.close(4003, "and back");
        await settle();
        assert.equal(otherRec.closes.length, 1, "onClose fires once");
        assert.equal(closingRec.closes.length, 1, "onClose fires once");
      });
    }

    test("a send after close is dropped silently, on both ends", async () => {
      const { left, right, l, r } = await pair();
      left.send("before");
      await r.frameCount(1);
      left.close(1000, "bye");
      assert.doesNotThrow(() => left.send("after, from the closer"));
      await r.closed();
      assert.doesNotThrow(() => right.send("after, from the other end"));
      await settle();
      assert.deepEqual(r.frames, ["before"]);
      assert.deepEqual(l.frames, []);
    });

    // Only transports whose ends can open at different times have this case; the others do not
    // register it at all (a skipped test would prove nothing).
    const makeLatePair = options.makeLatePair;
    if (makeLatePair) test("frames sent before the other end opens wait for it", async () => {
      const late = await makeLatePair();
      if (late.dispose) disposers.push(() => late.dispose!());
      record(late.left);
      late.left.send("one");
      late.left.send("two");
      await settle();
      late.left.send("three");
      const right = late.openRight();
      const r = record(right);
      await r.frameCount(3);
      assert.deepEqual(r.frames, ["one", "two", "three"]);
    });
  });
}
