/**
 * The client session core on its own, deterministic: a fake clock whose timers fire only when the
 * test advances it, and a scripted transport on which the test plays the server frame by frame.
 * The host is a `MirrorTree`, so what a patch does to the tree is checked too.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ClientAction,
  CloseCode,
  Op,
  ROOT_ID,
  ROOT_SLOT,
  ServerAction,
  decodeClientFrame,
  encodeFrame,
  type ClientFrame,
  type Connection,
  type PatchOp,
  type ServerFrame,
  type WelcomeBody,
} from "../../src/protocol/index.js";
import { ClientSession, type ClientSessionOptions, type LinkState } from "../../src/shared/client-session.js";
import { Text } from "../../src/core/index.js";
import { MirrorTree, runApp } from "../../src/testing/index.js";
import { FakeClock } from "./fake-clock.js";

/** One connection as the scripted server sees it. */
class ScriptedConnection implements Connection {
  readonly sent: ClientFrame[] = [];
  closed = false;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};
  readonly bufferedAmount = 0;
  /** `hello`: the frame that rode with the connection (a WebSocket's URL). */
  constructor(readonly hello: ClientFrame | undefined) {}
  send(text: string): void {
    const decoded = decodeClientFrame(text);
    assert.ok(decoded.ok, `the core sent a bad frame: ${text}`);
    if (!this.closed) this.sent.push(decoded.frame);
  }
  close(): void {
    this.closed = true;
  }
  serve(frame: ServerFrame): void {
    this.onMessage(encodeFrame(frame));
  }
  welcome(body: Partial<WelcomeBody> = {}): void {
    this.serve([ServerAction.welcome, { v: 1, session: "s1", token: "t1", resumed: false, seq: 0, ack: 0, heartbeat: 0, ...body }]);
  }
  patch(seq: number, ...ops: PatchOp[]): void {
    this.serve([ServerAction.patch, { seq, ops }]);
  }
  /** The server end goes away. */
  drop(): void {
    this.closed = true;
    this.onClose(1006, "");
  }
  /** Frames of one action, in order. */
  of<A extends ClientFrame[0]>(action: A): Extract<ClientFrame, [A, unknown]>[1][] {
    return this.sent.filter((f) => f[0] === action).map((f) => f[1]) as Extract<ClientFrame, [A, unknown]>[1][];
  }
}

function harness(options: Partial<ClientSessionOptions> = {}) {
  const clock = new FakeClock();
  const tree = new MirrorTree();
  const connections: ScriptedConnection[] = [];
  const links: LinkState[] = [];
  const warnings: string[] = [];
  let replaced = 0;
  let replacedAfterRestart = 0;
  const session: ClientSession = new ClientSession({
    connect: (hello) => {
      const decoded = hello === undefined ? undefined : decodeClientFrame(hello);
      const connection = new ScriptedConnection(decoded?.ok ? decoded.frame : undefined);
      connections.push(connection);
      return connection;
    },
    hello: () => ({ v: 1, width: 800, height: 600, route: "/" }),
    clock,
    host: {
      patch: (body) => {
        tree.apply(body.ops);
        session.applied(body.seq);
      },
      sessionReplaced: (restarted) => {
        replaced++;
        if (restarted) replacedAfterRestart++;
        tree.apply([[Op.clean, ROOT_ID, ROOT_SLOT]]);
      },
      linkChanged: (link) => void links.push(link),
      warn: (message) => void warnings.push(message),
    },
    ...options,
  });
  return {
    session,
    /** Starts the session and welcomes its connection; returns the connection. */
    open(welcome: Partial<WelcomeBody> = {}): ScriptedConnection {
      session.start();
      const connection = connections.at(-1)!;
      connection.welcome(welcome);
      return connection;
    },
    clock,
    tree,
    links,
    warnings,
    get replaced() {
      return replaced;
    },
    get replacedAfterRestart() {
      return replacedAfterRestart;
    },
    /** The latest connection. */
    get last(): ScriptedConnection {
      return connections.at(-1)!;
    },
    connections,
  };
}

const page = (id: number, text: string): PatchOp => [Op.insert, ROOT_ID, ROOT_SLOT, 0, { id, t: "page", c: { controls: [{ id: id + 1, t: "text", p: { value: text } }] } }];
/** Sets the page's Text (id 2). */
const setText = (value: string): PatchOp => [Op.set, 2, { value }];
const texts = (tree: MirrorTree) => [...tree.walk()].filter((n) => n.type === "text").map((n) => n.props.value);

test("a new session's hello rides with the connection; events made offline wait and go out in order on the resume", () => {
  const h = harness();
  h.session.start();
  const first = h.last;
  assert.deepEqual(first.hello, [ClientAction.hello, { v: 1, width: 800, height: 600, route: "/" }]);
  assert.deepEqual(first.sent, [], "nothing more: the hello went with the connection");
  h.session.event(2, "click");
  assert.deepEqual(first.sent, [], "no event before the welcome");
  first.welcome();
  assert.deepEqual(first.of(ClientAction.event), [{ seq: 1, id: 2, name: "click" }], "sent once welcomed");
  first.patch(1, page(1, "a"));
  first.drop();
  assert.deepEqual(h.links, ["connected", "down"], "without retryDelay a closed link stays down");
  h.session.event(2, "click");
  h.session.event(3, "change", "typed");
  assert.equal(h.connections.length, 1, "no reconnect by itself");

  h.session.start();
  const second = h.last;
  assert.equal(second.hello, undefined, "a resume's token never rides in a URL");
  assert.deepEqual(second.sent, [[ClientAction.hello, { v: 1, width: 800, height: 600, route: "/", resume: "t1", ack: 1 }]]);
  second.welcome({ resumed: true, seq: 1, ack: 1, token: "t2" });
  assert.deepEqual(second.of(ClientAction.event), [
    { seq: 2, id: 2, name: "click" },
    { seq: 3, id: 3, name: "change", data: "typed" },
  ]);
  assert.equal(h.session.connected, true);
});

test("a resend after a resume sends exactly the events the server has not handled, once", () => {
  const h = harness();
  const first = h.open();
  for (let i = 0; i < 4; i++) h.session.event(7, "click");
  first.serve([ServerAction.ack, { seq: 2 }]);
  first.drop();
  h.session.event(7, "click"); // seq 5, made offline
  const second = h.open({ resumed: true, ack: 3, token: "t2" }); // 3 was handled, its ack lost with the link // 3 was handled, its ack lost with the link
  assert.deepEqual(second.of(ClientAction.event).map((e) => e.seq), [4, 5]);
  second.serve([ServerAction.ack, { seq: 5 }]);
  second.drop();
  h.open({ resumed: true, ack: 5, token: "t3" });
  assert.deepEqual(h.last.of(ClientAction.event), [], "nothing handled is sent again");
  assert.equal(first.of(ClientAction.event).length + second.of(ClientAction.event).length, 6, "4 + 2: each resent event exactly once");
});

test("a replayed patch is dropped, a gap is reported, and only applied patches are acknowledged on resume", () => {
  const h = harness();
  const first = h.open();
  first.patch(1, page(1, "a"));
  first.patch(2, setText("b"));
  first.patch(2, setText("replayed"));
  assert.deepEqual(texts(h.tree), ["b"]);
  first.drop();
  const second = h.open({ resumed: true, seq: 2, token: "t2" });
  assert.equal((second.sent[0]![1] as { ack: number }).ack, 2);
  second.patch(2, setText("replayed again"));
  second.patch(3, setText("c"));
  assert.deepEqual(texts(h.tree), ["c"]);
  assert.deepEqual(h.warnings, []);
  second.patch(5, setText("e"));
  assert.deepEqual(h.warnings, ["patch 5 follows 3; some were lost"]);
  assert.equal(h.session.lastSeq, 5);
});

test("acks are batched: one per 250 ms, at once after 32 patches, none for what the hello acknowledged", () => {
  const h = harness();
  const first = h.open();
  first.patch(1, page(1, "a"));
  first.patch(2, setText("b"));
  first.patch(3, setText("c"));
  h.clock.advance(249);
  assert.deepEqual(first.of(ClientAction.ack), []);
  h.clock.advance(1);
  assert.deepEqual(first.of(ClientAction.ack), [{ seq: 3 }], "three patches, one ack");
  for (let seq = 4; seq <= 35; seq++) first.patch(seq, setText(String(seq)));
  assert.deepEqual(first.of(ClientAction.ack), [{ seq: 3 }, { seq: 35 }], "the 32nd patch is acknowledged at once");
  first.patch(36, setText("36"));
  h.session.flushAcks();
  assert.deepEqual(first.of(ClientAction.ack).at(-1), { seq: 36 }, "flushAcks sends now");
  first.patch(37, setText("37"));
  first.drop();
  h.clock.advance(1000);
  assert.equal(first.of(ClientAction.ack).length, 3, "no ack on a dead link");
  h.open({ resumed: true, seq: 37, token: "t2" });
  h.clock.advance(1000);
  assert.deepEqual(h.last.of(ClientAction.ack), [], "the hello acknowledged 37");
  assert.equal(h.clock.pending, 0);
});

test("when replay is impossible, the welcome's seq jumps and the snapshot that follows replaces the tree", () => {
  const h = harness();
  h.open();
  h.last.patch(1, page(1, "old"));
  h.last.drop();
  h.open({ resumed: true, seq: 40, token: "t2" }); // the server's latest: 39 patches are past its replay bound
  h.last.patch(41, [Op.clean, ROOT_ID, ROOT_SLOT], page(1, "new"));
  assert.deepEqual(texts(h.tree), ["new"]);
  assert.deepEqual(h.warnings, [], "a jump announced by the welcome is no loss");
  assert.equal(h.replaced, 0, "the same session");
  h.last.drop();
  h.session.start();
  assert.equal((h.last.sent[0]![1] as { ack: number }).ack, 41);
});

test("a resume answered by another session starts over: tree cleared, old events dropped, numbering from 1", () => {
  const h = harness();
  h.open();
  h.last.patch(1, page(1, "old session"));
  h.last.drop();
  h.session.event(2, "click"); // made offline, for a session that has expired meanwhile
  h.open({ session: "s2", token: "n1", seq: 0, ack: 0 });
  assert.equal(h.replaced, 1);
  assert.deepEqual(texts(h.tree), []);
  assert.deepEqual(h.last.of(ClientAction.event), [], "the old session's events are not sent to the new one");
  h.last.patch(1, page(1, "new session"));
  assert.deepEqual(texts(h.tree), ["new session"]);
  h.session.event(2, "click");
  assert.deepEqual(h.last.of(ClientAction.event), [{ seq: 1, id: 2, name: "click" }]);
  assert.equal(h.session.sessionId, "s2");
});

test("a close with CloseCode.restarted reconnects at once (at most once a second) and its new session is replaced quietly", () => {
  const delays: number[] = [];
  const h = harness({ retryDelay: (attempt) => (delays.push(attempt), 500) });
  const restart = () => {
    h.last.closed = true;
    h.last.onClose(CloseCode.restarted, "weft: the app restarted");
  };
  h.clock.time = 10_000;
  h.open();
  h.last.patch(1, page(1, "old main"));
  restart();
  assert.equal(h.connections.length, 1);
  h.clock.advance(0);
  assert.equal(h.connections.length, 2, "reconnected with no backoff");
  assert.deepEqual(delays, []);
  // Closed as restarted again at once (the app cannot start): within the second, the backoff applies.
  restart();
  h.clock.advance(0);
  assert.equal(h.connections.length, 2, "a second restart close within a second waits");
  h.clock.advance(500);
  assert.equal(h.connections.length, 3);
  // Later (the watcher was showing a problem; the fix started the app): at once again.
  h.clock.advance(2000);
  restart();
  h.clock.advance(0);
  assert.equal(h.connections.length, 4);
  h.last.welcome({ session: "s2", token: "n1" });
  assert.equal(h.replaced, 1);
  assert.equal(h.replacedAfterRestart, 1, "the host is told the server restarted on purpose");
  h.last.patch(1, page(1, "new main"));
  assert.deepEqual(texts(h.tree), ["new main"]);
  // A plain drop afterwards is a lost session again.
  h.last.drop();
  h.clock.advance(500);
  h.last.welcome({ session: "s3", token: "n2" });
  assert.deepEqual([h.replaced, h.replacedAfterRestart], [2, 1]);
});

test("with retryDelay the link keeps itself: backoff after a close, a silent link is dead, wake replaces a quiet one", () => {
  const delays: number[] = [];
  const h = harness({ retryDelay: (attempt) => (delays.push(attempt), 100 * 2 ** attempt) });
  h.open({ heartbeat: 1000 });
  h.last.serve([ServerAction.ping, {}]);
  assert.deepEqual(h.last.of(ClientAction.pong), [{}]);
  h.last.drop();
  assert.deepEqual(h.links, ["connected", "reconnecting"]);
  h.clock.advance(99);
  assert.equal(h.connections.length, 1);
  h.clock.advance(1);
  assert.equal(h.connections.length, 2, "reconnected after retryDelay(0)");
  h.last.drop();
  h.clock.advance(200);
  assert.equal(h.connections.length, 3, "then after retryDelay(1)");
  h.last.welcome({ resumed: true, heartbeat: 1000, token: "t2" });
  h.clock.advance(2499);
  assert.equal(h.connections.length, 3);
  h.clock.advance(1);
  assert.equal(h.connections[2]!.closed, true, "silent for 2.5 heartbeats: closed as dead");
  assert.deepEqual(h.warnings, ["the server has been silent too long; reconnecting"]);
  h.clock.advance(100);
  assert.equal(h.connections.length, 4);
  h.last.welcome({ resumed: true, heartbeat: 1000, token: "t3" });
  assert.deepEqual(delays, [0, 1, 0], "a welcome restarts the backoff");

  h.clock.time += 1600; // a throttled tab: timers did not run
  h.session.wake();
  assert.equal(h.connections.length, 5, "quiet for over 1.5 heartbeats: replaced at once");
  h.last.welcome({ resumed: true, heartbeat: 1000, token: "t4" });
  h.session.pause();
  assert.equal(h.last.closed, true);
  h.clock.advance(60_000);
  assert.equal(h.connections.length, 5, "a paused session does not reconnect");
  h.open({ resumed: true, token: "t5" });
  h.last.serve([ServerAction.error, { code: "protocol.version", message: "too old", fatal: true }]);
  h.last.drop();
  h.clock.advance(60_000);
  assert.equal(h.connections.length, 6, "after a fatal error, no reconnect");
  assert.equal(h.links.at(-1), "down");
});

test("the pilot runs the same core: a tab back after its session expired shows only the new session's page", async () => {
  let sessions = 0;
  const pilot = await runApp(
    async (page) => {
      await page.add(new Text(`session ${++sessions}`));
    },
    { hub: { sessionTimeout: 30 } },
  );
  await pilot.drop();
  await pilot.waitFor(() => pilot.hub.size === 0, { what: "expiry" });
  await pilot.reconnect();
  const shown = pilot.find({ type: Text, within: pilot.tree.root }).map((n) => n.props.value);
  assert.deepEqual(shown, ["session 2"], "the old page is gone from the mirror");
  assert.equal(pilot.tree.unknownIds, 0);
  await pilot.close();
});

test("move: held-back input goes first, then bye; later events are dropped; moved starts a new session whose hello carries the snapshot, not in the URL", () => {
  let moving = 0;
  let moved = 0;
  const h = harness();
  const session = new ClientSession({
    connect: (hello) => {
      const decoded = hello === undefined ? undefined : decodeClientFrame(hello);
      const connection = new ScriptedConnection(decoded?.ok ? decoded.frame : undefined);
      h.connections.push(connection);
      return connection;
    },
    hello: () => ({ v: 1, width: 800, height: 600, route: "/orders/7" }),
    clock: h.clock,
    host: {
      patch: (body) => session.applied(body.seq),
      sessionReplaced: () => assert.fail("a move is no replaced session"),
      moving: () => {
        moving++;
        session.event(5, "change", "half typed"); // what the field held back
      },
      moved: () => void moved++,
      warn: (message) => void h.warnings.push(message),
    },
  });
  session.start();
  const onA = h.last;
  onA.welcome({ session: "a1", token: "ta" });
  onA.patch(1, page(1, "on A"));
  onA.serve([ServerAction.move, {}]);
  assert.equal(moving, 1);
  assert.deepEqual(onA.sent.map((f) => f[0]), [ClientAction.event, ClientAction.ack, ClientAction.bye], "the held-back change, the acks, then bye");
  session.event(2, "click");
  assert.equal(onA.of(ClientAction.event).length, 1, "an event after move is dropped: its page is about to be replaced");

  onA.serve([ServerAction.moved, { restore: "v1.sealed" }]);
  assert.equal(moved, 1);
  assert.ok(onA.closed, "the old connection is closed");
  const onB = h.last;
  assert.notEqual(onB, onA, "a new connection at once, through the same URL");
  assert.equal(onB.hello, undefined, "the snapshot never rides in the URL");
  assert.deepEqual(onB.sent, [[ClientAction.hello, { v: 1, width: 800, height: 600, route: "/orders/7", restore: "v1.sealed" }]], "a new session's hello (no resume token), on the same route");
  // Refused by a process still draining: the snapshot goes with each attempt until a welcome.
  onB.serve([ServerAction.error, { code: "server.draining", message: "draining", fatal: false }]);
  onB.drop();
  session.start();
  const again = h.last;
  assert.deepEqual(again.of(ClientAction.hello)[0]?.restore, "v1.sealed");
  again.welcome({ session: "b1", token: "tb" });
  assert.equal(session.sessionId, "b1");
  again.drop();
  session.start();
  const hello = h.last.of(ClientAction.hello)[0]!;
  assert.equal(hello.resume, "tb", "after the welcome, a drop resumes the new session");
  assert.equal(hello.restore, undefined, "and the snapshot is spent");
});
