/**
 * `maxControls` at scale: a million controls in one array, and 200,000 added in chunks past the
 * limit. Each is refused with the limit's own error (no stack overflow), counted before anything
 * is mounted, and logged once per refused update, not once per control; the session goes on and
 * its neighbour never notices.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, ErrorCode, SessionHub, Text, type ControlError, type Logger, type Page } from "../../src/core/index.js";
import { encodeFrame, PROTOCOL_VERSION } from "../../src/protocol/index.js";
import { memoryConnectionPair } from "../../src/testing/index.js";

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A hub whose sessions' pages and log lines the test can read, and a way to open a tab. */
function harness() {
  const lines: string[] = [];
  const logger: Logger = { info: (m) => void lines.push(m), warn: (m) => void lines.push(m), error: (m) => void lines.push(m) };
  const pages: Page[] = [];
  const errors: ControlError[] = [];
  const hub = new SessionHub(
    (page) => {
      page.onError = (e) => void errors.push(e.error as ControlError);
      pages.push(page);
    },
    { logger, heartbeatMs: 0 },
  );
  const open = async () => {
    const [server, client] = memoryConnectionPair();
    const received: string[] = [];
    client.onMessage = (text) => void received.push(text);
    hub.accept(server);
    client.send(encodeFrame(["hello", { v: PROTOCOL_VERSION, width: 800, height: 600, route: "/" }]));
    await settle();
    return { page: pages[pages.length - 1]!, received };
  };
  const limitLines = () => lines.filter((line) => line.includes(ErrorCode.tooManyControls));
  return { hub, lines, errors, open, limitLines };
}

test("a Column of 1,000,000 Texts is refused with limit.controls in one log line; the session goes on, its neighbour untouched", async () => {
  const { hub, errors, open, limitLines } = harness();
  const victim = await open();
  const neighbour = await open();
  const neighbourFrames = neighbour.received.length;

  await victim.page.add(new Column(Array.from({ length: 1_000_000 }, () => new Text("x"))));
  await settle();
  assert.equal(errors.length, 1);
  assert.equal(errors[0]!.code, ErrorCode.tooManyControls);
  assert.match(errors[0]!.message, /^Column was not added: the session would hold more than 100000 controls \(option maxControls\)$/);
  assert.equal(limitLines().length, 1, "one log line for the whole refused Column");
  const victimSession = [...hub.sessions.values()][0]!;
  assert.equal(victimSession.tree.registry.size, 1, "nothing of it was mounted: only the page");
  assert.equal(victim.page.controls.length, 0);

  // The session still works: a later small add is delivered.
  const before = victim.received.length;
  await victim.page.add(new Text("after"));
  await settle();
  assert.ok(victim.received.slice(before).some((frame) => frame.includes('"value":"after"')), "the later add reached the client");
  assert.equal(limitLines().length, 1);

  // The neighbour received nothing meanwhile and still holds just its page.
  assert.equal(neighbour.received.length, neighbourFrames);
  assert.equal([...hub.sessions.values()][1]!.tree.registry.size, 1);
  await hub.close();
});

test("200,000 Texts added 1,000 at a time past maxControls: one log line per refused call, not one per control", async () => {
  const { hub, errors, open, limitLines } = harness();
  const tab = await open();
  const session = [...hub.sessions.values()][0]!;
  let refusedCalls = 0;
  for (let call = 0; call < 200; call++) {
    const linesBefore = limitLines().length;
    const sizeBefore = session.tree.registry.size;
    await tab.page.add(...Array.from({ length: 1000 }, () => new Text("row")));
    const added = session.tree.registry.size - sizeBefore;
    if (added < 1000) refusedCalls++;
    assert.ok(limitLines().length - linesBefore === (added < 1000 ? 1 : 0), `call ${call}: one line if anything was refused, else none`);
  }
  assert.equal(session.tree.registry.size, 100_000, "filled to the limit exactly");
  assert.equal(refusedCalls, 101, "the call that crossed the limit and the 100 after it");
  assert.equal(limitLines().length, 101);
  // onError hears of the first ten refused controls of each update one by one, then of the rest at once.
  assert.equal(errors.length, 1 + 100 * 11);
  assert.ok(errors.every((e) => e.code === ErrorCode.tooManyControls));
  assert.match(errors.at(-1)!.message, /^990 more controls were not added: the session would hold more than 100000 controls/);
  await hub.close();
});
