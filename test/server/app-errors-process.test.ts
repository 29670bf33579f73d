/**
 * What an app's bugs do to the process, tested in child processes running the real `app()` (so
 * the runner's own process listeners and signals are untouched): a stray error stays in its
 * session and the process keeps serving; a spinning handler is named by the watchdog and a
 * SIGTERM still ends the process within `shutdownTimeoutMs`; a never-settling handler holds a
 * stop no longer than that either, and the exit code says the stop was forced.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { startChildApp, type ChildApp } from "./child-app.js";
import { TabClient } from "./tab-client.js";

const APP = fileURLToPath(new URL("./fixtures/stray-errors-app.ts", import.meta.url));

async function withApp(options: Record<string, unknown>, run: (app: ChildApp) => Promise<void>, env: Record<string, string> = {}): Promise<void> {
  const app = await startChildApp(APP, options, env);
  try {
    await run(app);
  } finally {
    if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill("SIGKILL");
    await app.exited;
  }
}

test("a handler's throwing timer and a task's floating rejection go to their session's onError; the process and a second session go on", async () => {
  await withApp({}, async (app) => {
    const first = await TabClient.open(app.port);
    const second = await TabClient.open(app.port);
    first.click("Timer");
    await first.waitFor(/onError uncaught: timer boom/);
    first.click("Floating");
    await first.waitFor(/onError uncaught: floating boom/);
    second.click("Add");
    await second.waitFor(/"added"/);
    assert.ok(!second.frames.some((f) => f.includes("boom")), "the second session hears nothing of the first one's errors");
    assert.match(app.stderr(), new RegExp(`session ${first.session}: code started by the onClick handler of ElevatedButton#\\d+ "Timer" threw outside it .*: timer boom`));
    assert.match(app.stderr(), new RegExp(`session ${first.session}: code started by the task threw outside it .*: floating boom`));
    assert.equal(app.child.exitCode, null, "the process still runs");
    first.close();
    second.close();
  });
});

test("an error no session's context reaches is logged once with its stack, and the process keeps serving", async () => {
  await withApp({}, async (app) => {
    const tab = await TabClient.open(app.port);
    tab.click("Outside");
    await app.waitForStderr(/an app error outside any session \(uncaught exception\); the server keeps serving: outside boom\nError: outside boom\n\s+at /);
    tab.click("Add");
    await tab.waitFor(/"added"/);
    assert.equal(app.stderr().match(/outside boom\nError/g)?.length, 1, "logged once");
    assert.ok(!tab.frames.some((f) => f.includes("outside boom")), "no session is told of it");
    tab.close();
  });
});

test("exitOnUncaughtError: true gives the process back Node's exit on a stray error", async () => {
  await withApp({ exitOnUncaughtError: true }, async (app) => {
    const tab = await TabClient.open(app.port);
    tab.click("Timer");
    const { code } = await app.exited;
    assert.equal(code, 1);
    assert.match(app.stderr(), /Error: timer boom/);
  });
});

test("a spinning handler is named by the watchdog; SIGTERM then ends the process within shutdownTimeoutMs, killed, the log naming it", async () => {
  await withApp({ blockedLoopWarnMs: 300, shutdownTimeoutMs: 1000 }, async (app) => {
    const tab = await TabClient.open(app.port);
    tab.click("Spin");
    const named = new RegExp(`blocked for \\d+ ms by session ${tab.session}: onClick handler of ElevatedButton#\\d+ "Spin"`);
    await app.waitForStderr(named);
    app.child.kill("SIGTERM");
    const { code, signal } = await app.exited;
    assert.equal(signal, "SIGKILL", "the stop was forced: the watchdog killed the blocked process");
    assert.equal(code, null);
    assert.match(app.stderr(), new RegExp(`forced exit: asked to stop \\d+ ms ago \\(shutdownTimeoutMs 1000\\) .* by session ${tab.session}: onClick handler of ElevatedButton#\\d+ "Spin"`));
  });
});

test("a handler busy for a while is named while it blocks, and the log says how long it blocked once the loop is back", async () => {
  await withApp(
    { blockedLoopWarnMs: 300 },
    async (app) => {
      const tab = await TabClient.open(app.port);
      tab.click("Busy");
      await app.waitForStderr(new RegExp(`the event loop was blocked for \\d+ ms by session ${tab.session}: onClick handler of ElevatedButton#\\d+ "Busy"`));
      tab.click("Add");
      await tab.waitFor(/"added"/);
      tab.close();
    },
    { WEFT_TEST_BUSY_MS: "1200" },
  );
});

// drainTimeout 0: a SIGTERM drains first (drain.test.ts); with 0 the tabs move at once and the close follows.
test("SIGTERM with a handler whose promise never settles exits 1 after shutdownTimeoutMs, naming the handler", async () => {
  await withApp({ shutdownTimeoutMs: 500, drainTimeout: 0 }, async (app) => {
    const tab = await TabClient.open(app.port);
    tab.click("Hang");
    tab.click("Add");
    await tab.waitFor(/"added"/);
    app.child.kill("SIGTERM");
    const { code, signal } = await app.exited;
    assert.equal(signal, null);
    assert.equal(code, 1, "a forced stop exits 1");
    assert.match(app.stderr(), new RegExp(`did not finish within shutdownTimeoutMs \\(500 ms\\).*session ${tab.session}: onClick handler of ElevatedButton#\\d+ "Hang"`));
  });
});

test("SIGTERM with nothing stuck exits 0", async () => {
  await withApp({ drainTimeout: 0 }, async (app) => {
    const tab = await TabClient.open(app.port);
    tab.click("Add");
    await tab.waitFor(/"added"/);
    app.child.kill("SIGTERM");
    assert.deepEqual(await app.exited, { code: 0, signal: null });
  });
});
