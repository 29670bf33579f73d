/**
 * Ties the session to the tab's life: a tab closed, reloaded or navigated away says `bye`, so the
 * server ends its session at once rather than keep it for a resume that cannot come (a tab
 * reloaded 100 times held 100 sessions for 15 minutes); one frozen (mobile suspension,
 * back/forward cache) closes quietly; one shown, resumed or made visible again takes its session
 * back at once, from the token in memory, instead of waiting out backoff or throttled timers.
 */
import type { SessionClient } from "./session-client.js";

export function followPageLifecycle(client: SessionClient): void {
  addEventListener("online", () => client.retryNow());
  // `persisted`: the page goes into the back/forward cache and may be shown again.
  addEventListener("pagehide", (event) => (event.persisted ? client.pause() : client.leave()));
  addEventListener("pageshow", (event) => event.persisted && client.start());
  // Page Lifecycle API (Chromium): a frozen tab runs no code; on resume its socket may be dead.
  document.addEventListener("freeze", () => client.pause());
  document.addEventListener("resume", () => client.wake());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") client.wake();
  });
}
