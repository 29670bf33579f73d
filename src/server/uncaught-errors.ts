/**
 * Keeps an app's stray error from ending the process. While at least one host runs (without
 * `exitOnUncaughtError`), the process has an 'uncaughtException' and an 'unhandledRejection'
 * listener: an error thrown by a timer, a floating promise or a listener that app code started
 * goes to that session's `page.onError` and the log (phase `uncaught`); one that no session's
 * context reaches is logged once, loudly, with its stack. Either way the process keeps serving.
 * What can and cannot be attributed: docs/reliability.md.
 */
import { describeThrown, type Logger } from "../core/index.js";
import { currentEntry } from "./app-context.js";

/** The loggers of the hosts that installed the listeners; the first one logs what has no session. */
const hosts: Logger[] = [];

function onError(thrown: unknown, kind: string): void {
  const entry = currentEntry();
  if (entry && !entry.session.closed) {
    entry.session.reportUncaught(thrown, entry);
    return;
  }
  const what = entry ? `an app error from session ${entry.session.id}, which has ended` : "an app error outside any session";
  hosts[0]?.error(`[weft] ${what} (${kind}); the server keeps serving: ${describeThrown(thrown)}`, thrown);
}

function onException(thrown: unknown): void {
  onError(thrown, "uncaught exception");
}

function onRejection(reason: unknown): void {
  onError(reason, "unhandled rejection");
}

/** Installs the process listeners (once for all hosts); the returned function removes this host's share. */
export function catchUncaughtErrors(log: Logger): () => void {
  if (hosts.length === 0) {
    process.on("uncaughtException", onException);
    process.on("unhandledRejection", onRejection);
  }
  hosts.push(log);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    hosts.splice(hosts.indexOf(log), 1);
    if (hosts.length > 0) return;
    process.off("uncaughtException", onException);
    process.off("unhandledRejection", onRejection);
  };
}
