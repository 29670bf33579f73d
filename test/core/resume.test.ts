import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, sleep, Text, TextField } from "../../src/core/index.js";
import { mirrorTreeOf, runApp, serverTreeOf, type Pilot } from "../../src/testing/index.js";

function assertInSync(pilot: Pilot): void {
  assert.deepEqual(mirrorTreeOf(pilot.tree.page!), serverTreeOf(pilot.page));
}

function counterApp(clicks: { n: number }) {
  return async (page: import("../../src/core/index.js").Page) => {
    const label = new Text("0");
    await page.add(label, new ElevatedButton("+1", { onClick: () => void (label.value = String(++clicks.n)) }));
  };
}

test("a dropped connection resumes the same session; clicks made offline arrive once", async () => {
  const clicks = { n: 0 };
  const events: string[] = [];
  const pilot = await runApp(async (page) => {
    page.onDisconnect = () => void events.push("disconnect");
    page.onConnect = () => void events.push("connect");
    await counterApp(clicks)(page);
  });
  const sessionId = pilot.session.id;
  await pilot.click({ text: "+1" });
  await pilot.drop();
  assert.deepEqual(events, ["disconnect"]);
  await pilot.click({ text: "+1" }); // queued by the client while offline
  await pilot.click({ text: "+1" });
  assert.equal(clicks.n, 1, "nothing reached the server while offline");
  await pilot.reconnect();
  assert.equal(pilot.session.id, sessionId);
  assert.equal(clicks.n, 3, "each offline click handled exactly once");
  assert.deepEqual(events, ["disconnect", "connect"]);
  assert.equal(pilot.get({ type: Text }).props.value, "3");
  assertInSync(pilot);
  // A second drop and resume replays nothing twice.
  await pilot.drop();
  await pilot.reconnect();
  assert.equal(clicks.n, 3);
  assertInSync(pilot);
  await pilot.close();
});

test("patches made while the tab is away coalesce and arrive on resume", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("start");
    await page.add(text);
  });
  await pilot.drop();
  const patchesBefore = pilot.patches.length;
  for (let i = 1; i <= 100; i++) {
    text.value = `tick ${i}`;
    await text.update();
  }
  assert.equal(pilot.session.outbox.bufferedBytes < 200, true, "nothing piles up while away");
  await pilot.reconnect();
  const after = pilot.patches.slice(patchesBefore);
  assert.equal(after.length, 1, "a hundred updates of one Text arrive as one patch");
  assert.deepEqual(after[0]!.frame[1].ops, [["set", text.id, { value: "tick 100" }]]);
  assertInSync(pilot);
  await pilot.close();
});

test("patches lost in flight are replayed in order after a resume", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("a");
    await page.add(text);
  });
  // A half-open link: the server goes on sending, the client hears nothing.
  const session = pilot.session;
  await pilot.drop({ silent: true });
  const heard = pilot.patches.length;
  text.value = "b";
  await text.update();
  await pilot.page.add(new Text("c"));
  assert.equal(pilot.patches.length, heard, "both patches were lost in flight");
  await pilot.reconnect();
  assert.equal(pilot.session, session);
  const replayed = pilot.patches.slice(heard);
  assert.deepEqual(replayed.map((p) => p.frame[1].ops[0]![0]), ["set", "insert"], "replayed in order, each once");
  assertInSync(pilot);
  await pilot.close();
});

test("when replay is impossible the client gets a snapshot of the whole page, never a stale one", async () => {
  const pilot = await runApp(
    async (page) => {
      await page.add(new Text("x".repeat(300)));
    },
    { hub: { maxReplayBytes: 400 } },
  );
  // A half-open link: patches go out unacknowledged, past the replay bound.
  await pilot.drop({ silent: true });
  const session = pilot.session;
  for (let i = 0; i < 5; i++) await pilot.page.add(new Text(`lost ${i} ${"y".repeat(200)}`));
  assert.equal(session.outbox.overflowed, true);
  await pilot.reconnect();
  const snapshot = pilot.patches.at(-1)!.frame[1].ops;
  assert.deepEqual(snapshot[0], ["clean", 0, "page"]);
  assert.equal(snapshot[1]![0], "insert");
  assert.equal(pilot.find({ type: Text }).length, 6);
  assertInSync(pilot);
  await pilot.close();
});

test("a session the tab never comes back to expires: onClose runs, tasks are aborted, memory released", async () => {
  let aborted = false;
  let closed = false;
  const pilot = await runApp(
    async (page) => {
      page.onClose = () => void (closed = true);
      page.runTask(async (signal) => {
        signal.addEventListener("abort", () => (aborted = true));
        await sleep(60_000, signal);
      });
    },
    { hub: { sessionTimeout: 30 } },
  );
  await pilot.drop();
  assert.equal(pilot.hub.size, 1, "the session waits for its tab");
  await pilot.waitFor(() => closed, { what: "expiry" });
  assert.equal(aborted, true);
  assert.equal(pilot.hub.size, 0);
  // The tab comes back too late: it gets a new session.
  await pilot.reconnect();
  assert.equal(pilot.hub.size, 1);
  await pilot.close();
});

test("a token is single-use: it is renewed on every resume", async () => {
  const pilot = await runApp(counterApp({ n: 0 }));
  const first = pilot.session.token;
  await pilot.drop();
  await pilot.reconnect();
  assert.notEqual(pilot.session.token, first);
  assert.match(pilot.session.token, /^[0-9a-f]{32}$/);
  await pilot.close();
});

test("server-to-client calls: focus resolves; a call nobody answers times out; a closing session fails them", async () => {
  let field!: TextField;
  const pilot = await runApp(async (page) => {
    field = new TextField({ label: "Name" });
    await page.add(field);
  }, { hub: { callTimeoutMs: 50 } });
  assert.equal(await field.focus(), true);
  assert.equal(pilot.focusedId, field.id);
  await pilot.drop();
  const started = Date.now();
  assert.equal(await field.focus(), false, "no answer while away: false after the timeout, never a rejection");
  assert.ok(Date.now() - started >= 40);
  await pilot.reconnect();
  const pending = field.focus();
  await pilot.close();
  assert.equal(await pending, false);
  assert.equal(await new TextField().focus(), false, "a field never on a page cannot be focused");
});

test("a flood of events is rate-limited per session; the excess is dropped, counted and reported", async () => {
  const clicks = { n: 0 };
  const pilot = await runApp(counterApp(clicks), { hub: { eventRate: 10, eventBurst: 20 } });
  const id = pilot.get({ text: "+1" }).id;
  for (let i = 0; i < 100; i++) void pilot.fire(id, "click");
  await pilot.settle();
  assert.ok(clicks.n >= 20 && clicks.n < 30, `handled ${clicks.n}`);
  assert.equal(pilot.session.stats.rateLimited, 100 - clicks.n);
  assert.ok(pilot.frames.some((f) => f.frame[0] === "error" && (f.frame[1] as { code: string }).code === "limit.rate"));
  await pilot.close();
});

test("a session cannot grow past maxControls; what does not fit is refused with a clear error", async () => {
  const errors: string[] = [];
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void errors.push(e.error.message);
    await page.add(...Array.from({ length: 8 }, (_, i) => new Text(`t${i}`)));
  }, { hub: { maxControls: 5 } });
  assert.equal(pilot.session.tree.registry.size, 5);
  assert.equal(errors.length, 4);
  assert.match(errors[0]!, /was not added: the session would hold more than 5 controls \(option maxControls\)/);
  assertInSync(pilot);
  await pilot.close();
});

test("app errors not handled by onError are shown in the page: with the stack in development, generic in production", async () => {
  for (const exposeErrors of [true, false]) {
    const pilot = await runApp((page) => page.add(new ElevatedButton("Break", { onClick: () => { throw new Error("secret detail"); } })), { hub: { exposeErrors } });
    await pilot.click({ text: "Break" });
    const shown = pilot.frames.find((f) => f.frame[0] === "error")!.frame[1] as { code: string; message: string; stack?: string };
    assert.equal(shown.code, "app.handler");
    if (exposeErrors) {
      assert.match(shown.message, /secret detail/);
      assert.match(shown.stack!, /Error: secret detail/);
    } else {
      assert.doesNotMatch(JSON.stringify(shown), /secret detail/);
      assert.equal(shown.stack, undefined);
    }
    await pilot.click({ text: "Break" }); // the session stays usable
    await pilot.close();
  }
});
