/**
 * App-error containment inside one process: the async-context seam that lets a stray error find
 * its session, a bounded `close()` with a handler that never settles, and the loop watchdog's
 * report once a blocked loop comes back. What touches the process itself (its error listeners,
 * signals, exit codes) is in app-errors-process.test.ts, in child processes.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { AppEntry } from "../../src/core/index.js";
import { appAsync, ElevatedButton, sleep, Text, type Logger } from "../../src/index.js";
import { currentEntry, runInAppContext } from "../../src/server/app-context.js";
import { runApp } from "../../src/testing/index.js";
import { TabClient } from "./tab-client.js";

function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string) => void lines.push(message);
  return { logger: { info: keep, warn: keep, error: keep }, lines };
}

test("with the Node host's seam, a timer set in a handler and a task's later steps still know their session, control and event", async () => {
  const seen: Array<AppEntry | undefined> = [];
  const pilot = await runApp(
    async (page) => {
      page.runTask(async () => {
        await sleep(1);
        seen.push(currentEntry());
      });
      await page.add(new ElevatedButton("Later", { onClick: () => void setTimeout(() => seen.push(currentEntry()), 1) }));
    },
    { hub: { runInContext: runInAppContext } },
  );
  await pilot.click({ text: "Later" });
  await pilot.waitFor(() => seen.length === 2, { what: "the task's step and the timer" });
  const [task, timer] = seen;
  const session = [...pilot.hub.sessions.values()][0];
  assert.equal(task?.session, session);
  assert.equal(task?.phase, "task");
  assert.equal(timer?.session, session);
  assert.equal(timer?.phase, "handler");
  assert.equal(timer?.event, "click");
  assert.equal((timer?.control as ElevatedButton | undefined)?.text, "Later");
  assert.equal(currentEntry(), undefined, "outside app code there is no entry");
  await pilot.close();
});

test("without a seam (the worker host, the pilot) app code runs directly and carries no entry", async () => {
  let seen: AppEntry | undefined | "unset" = "unset";
  const pilot = await runApp((page) => page.add(new ElevatedButton("Go", { onClick: () => void setTimeout(() => (seen = currentEntry()), 1) })));
  await pilot.click({ text: "Go" });
  await pilot.waitFor(() => seen !== "unset", { what: "the timer" });
  assert.equal(seen, undefined);
  await pilot.close();
});

test("a reported stray error reaches its own session's onError, phase uncaught, naming what started it", async () => {
  const pilot = await runApp(async (page) => {
    page.onError = (e) => page.add(new Text(`${e.phase} ${e.event} ${(e.error as Error & { code: string }).code}: ${e.data}`));
    await page.add(new ElevatedButton("Start", { onClick: () => {} }));
  });
  const session = [...pilot.hub.sessions.values()][0]!;
  const button = session.page.controls[0]!;
  session.reportUncaught(new Error("late boom"), { session, phase: "handler", control: button, event: "click" });
  await pilot.settle();
  assert.equal(pilot.find({ text: "uncaught click app.uncaught: late boom" }).length, 1);
  assert.ok(pilot.logs.some((l) => /code started by the onClick handler of ElevatedButton#\d+ "Start" threw outside it .*: late boom/.test(l.message)));
  await pilot.close();
});

test("close() with a handler that never settles resolves after shutdownTimeoutMs, ends the session and names the handler", async () => {
  const { logger, lines } = recordingLogger();
  let closed = 0;
  const handle = await appAsync(
    (page) => {
      page.onClose = () => void closed++;
      return page.add(new ElevatedButton("Hang", { onClick: () => new Promise<void>(() => {}) }));
    },
    { port: 0, view: "none", logger, shutdownTimeoutMs: 200 },
  );
  const tab = await TabClient.open(handle.port);
  const idle = await TabClient.open(handle.port);
  tab.click("Hang");
  await tab.waitFor(/^\["ack"/); // the handler runs
  await handle.close();
  await Promise.all([tab.closed, idle.closed]);
  assert.equal(closed, 2, "both sessions ran onClose");
  const report = lines.find((l) => l.includes("did not finish"));
  assert.match(report ?? "", /1 session\(s\) did not finish within shutdownTimeoutMs \(200 ms\) and were ended anyway; still running: session \w+: onClick handler of ElevatedButton#\d+ "Hang"/);
});

test("a handler that blocks the loop is named in the log once the loop is back, with how long it blocked", async () => {
  const { logger, lines } = recordingLogger();
  const handle = await appAsync(
    (page) =>
      page.add(
        new ElevatedButton("Block", {
          onClick: () => {
            const until = Date.now() + 700;
            while (Date.now() < until) {}
          },
        }),
      ),
    { port: 0, view: "none", logger, blockedLoopWarnMs: 200 },
  );
  try {
    const tab = await TabClient.open(handle.port);
    tab.click("Block");
    const deadline = Date.now() + 5000;
    // The handler's report; on a loaded machine a true report of Weft's own start may come first.
    const handlers = () => lines.filter((l) => l.includes("was blocked") && l.includes("handler"));
    while (handlers().length === 0 && Date.now() < deadline) await sleep(20);
    assert.match(handlers()[0] ?? lines.join("\n"), new RegExp(`the event loop was blocked for \\d+ ms by session ${tab.session}: onClick handler of ElevatedButton#\\d+ "Block"`));
    tab.close();
  } finally {
    await handle.close();
  }
});

test("the new options are checked and named", async () => {
  const options = { port: 0, view: "none" } as const;
  await assert.rejects(appAsync(() => {}, { ...options, shutdownTimeoutMs: 0 }), { message: "shutdownTimeoutMs must be an integer of at least 1, got 0" });
  await assert.rejects(appAsync(() => {}, { ...options, blockedLoopWarnMs: -1 }), { message: /blockedLoopWarnMs must be an integer of at least 0 \(0 = never\)/ });
  await assert.rejects(appAsync(() => {}, { ...options, exitOnUncaughtError: "yes" } as never), { message: 'exitOnUncaughtError must be true or false, got "yes"' });
});

test("once a host has closed, a later blocked loop in another host's process is reported, not killed as a stuck stop", async () => {
  const { logger, lines } = recordingLogger();
  const first = await appAsync(() => {}, { port: 0, view: "none", logger, shutdownTimeoutMs: 100, blockedLoopWarnMs: 100 });
  const second = await appAsync(() => {}, { port: 0, view: "none", logger });
  try {
    await first.close();
    // Six times the first host's bound, with the loop blocked; again (up to five times) when the
    // watchdog thread had not yet started on a loaded machine, so it saw less of the block.
    for (let attempt = 0; attempt < 5 && !lines.some((l) => l.includes("was blocked")); attempt++) {
      const until = Date.now() + 600;
      while (Date.now() < until) {}
      const deadline = Date.now() + 1000;
      while (!lines.some((l) => l.includes("was blocked")) && Date.now() < deadline) await sleep(20);
    }
    assert.ok(lines.some((l) => /the event loop was blocked for \d+ ms by/.test(l)), "the watchdog still runs for the second host, and this process lives");
  } finally {
    await second.close();
  }
});

test("the process listeners exist while a host runs; the watchdog thread from the first entry into app code (decision 0054) until it closes; exitOnUncaughtError installs no listener", async () => {
  const listeners = () => [process.listenerCount("uncaughtException"), process.listenerCount("unhandledRejection")];
  const ports = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
  const [before, portsBefore] = [listeners(), ports()];
  const quiet: Logger = { info() {}, warn() {}, error() {} };
  let ran = false;
  const handle = await appAsync(
    () => {
      ran = true;
    },
    { port: 0, view: "none", logger: quiet },
  );
  assert.deepEqual(listeners(), before.map((n) => n + 1));
  assert.equal(ports(), portsBefore, "no thread while no app code has run");
  const tab = await TabClient.open(handle.port);
  assert.ok(ran, "main ran for the tab");
  assert.equal(ports(), portsBefore + 1, "the watchdog's worker, started by main's entry");
  tab.close();
  await handle.close();
  assert.deepEqual(listeners(), before);
  assert.equal(ports(), portsBefore, "the watchdog's worker has stopped");
  const exiting = await appAsync(() => {}, { port: 0, view: "none", logger: quiet, exitOnUncaughtError: true });
  assert.deepEqual(listeners(), before);
  await exiting.close();
});

test("before any app code has run (no watchdog thread yet), a blocked loop is still reported once it turns again", async () => {
  const { logger, lines } = recordingLogger();
  const ports = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
  const portsBefore = ports();
  const handle = await appAsync(() => {}, { port: 0, view: "none", logger, blockedLoopWarnMs: 200 });
  try {
    await sleep(150);
    const until = Date.now() + 600;
    while (Date.now() < until) {}
    const deadline = Date.now() + 2000;
    while (!lines.some((l) => l.includes("was blocked")) && Date.now() < deadline) await sleep(20);
    assert.match(lines.find((l) => l.includes("was blocked")) ?? "", /^\[weft\] the event loop was blocked for \d+ ms by Weft itself \(no app code has run yet\)$/);
    const ms = Number(/for (\d+) ms/.exec(lines.find((l) => l.includes("was blocked"))!)![1]);
    assert.ok(ms >= 600, `the report covers the block (${ms} ms)`);
    assert.equal(ports(), portsBefore, "and no thread was started for it");
  } finally {
    await handle.close();
  }
});
