/**
 * The loop watchdog's own thread, as source for `new Worker(…, { eval: true })`: plain CommonJS,
 * so it runs the same from `src/` under tsx and from a build, and loads no TypeScript loader.
 * It reads the shared memory the main thread writes (watchdog.ts): a tick the main thread bumps
 * every `tickMs`, and what app code is running. It writes straight to stderr with `writeSync`:
 * a worker's `console` goes through the main thread, which is the one that is stuck.
 */
export const WATCHDOG_THREAD_SOURCE = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const { constants } = require("node:os");
const { shared, tickMs, warnAfterMs, shutdownTimeoutMs, slots } = workerData;
const state = new Int32Array(shared, 0, slots.count);
const text = new Uint8Array(shared, slots.textOffset);
const decoder = new TextDecoder();
// Booted: from now on the main thread leaves blocked loops to this thread (watchdog-interim.ts).
Atomics.store(state, slots.online, 1);

let lastTick = Atomics.load(state, slots.tick);
let lastChange = Date.now();
let blockedBy;
let stopSince = 0;
let signalled = false;
// SIGTERMs seen here, and those the main thread took as the start of a drain (decision 0038):
// only a SIGTERM it has not taken (it is blocked, or it is a second one) asks to stop.
let sigterms = 0;
let drainsTaken = 0;
let interrupted = false;

function onSignal(signum) {
  if (signum === constants.signals.SIGTERM) sigterms++;
  else interrupted = true;
  signalled = interrupted || sigterms > drainsTaken;
  if (signalled && stopSince === 0) stopSince = Date.now();
}

function drainTaken() {
  drainsTaken++;
  signalled = interrupted || sigterms > drainsTaken;
}

function say(line) {
  try { writeSync(2, line + "\n"); } catch {}
}

function running() {
  const length = Atomics.load(state, slots.length);
  if (length === 0) return "Weft itself (no app code has run yet)";
  const what = decoder.decode(text.slice(0, length));
  if (Atomics.load(state, slots.depth) > 0) return what;
  return "code outside any handler's first synchronous part (after an await, in a timer, or Weft itself); the last app code entered was " + what;
}

function check() {
  const now = Date.now();
  const tick = Atomics.load(state, slots.tick);
  if (tick !== lastTick) {
    if (blockedBy !== undefined) parentPort.postMessage({ blockedMs: now - lastChange, blockedBy });
    lastTick = tick;
    lastChange = now;
    blockedBy = undefined;
  } else if (warnAfterMs > 0 && blockedBy === undefined && now - lastChange > warnAfterMs) {
    blockedBy = running();
    say("[weft] the event loop has been blocked for " + (now - lastChange) + " ms by " + blockedBy + "; every session waits for it");
  }
  // Asked to stop: by a signal, or by a host that is closing (the count falls back once it has closed).
  if (!signalled && Atomics.load(state, slots.stopping) === 0) stopSince = 0;
  else if (stopSince === 0) stopSince = now;
  // Past the bound with the main thread still blocked: it cannot exit by itself, so end it here.
  if (stopSince !== 0 && now - stopSince > shutdownTimeoutMs && now - lastChange > 3 * tickMs) {
    say("[weft] forced exit: asked to stop " + (now - stopSince) + " ms ago (shutdownTimeoutMs " + shutdownTimeoutMs +
      ") and the event loop has been blocked for " + (now - lastChange) + " ms by " + running() + "; killing the process");
    process.kill(process.pid, "SIGKILL");
  }
}

// A signal that arrives while the main thread is blocked reaches no JS listener of the main
// thread: watch for it here too (decision 0017). Node has no public API for signals in a
// worker; without this binding, only a stop the main thread began is bounded.
function watchSignals() {
  let binding;
  const quiet = process.noDeprecation;
  process.noDeprecation = true;
  try {
    binding = process.binding("signal_wrap");
  } catch {
    binding = undefined;
  } finally {
    process.noDeprecation = quiet;
  }
  if (!binding || typeof binding.Signal !== "function") {
    say("[weft] the watchdog cannot watch signals in this Node; a stop is bounded only once the main thread sees it");
    return;
  }
  for (const signum of [constants.signals.SIGTERM, constants.signals.SIGINT]) {
    const signal = new binding.Signal();
    signal.onsignal = () => onSignal(signum);
    signal.start(signum);
  }
}

parentPort.on("message", (message) => {
  if (message === "watch-signals") watchSignals();
  else if (message === "drain-taken") drainTaken();
});
setInterval(check, tickMs);
`;
