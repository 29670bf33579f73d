/**
 * Closing hubs within a bound: a handler whose promise never settles must not hold a shutdown
 * forever. Past `timeoutMs` the sessions still waiting are left ended (their tasks aborted,
 * their connections closed, `onClose` run: all of that happens before the wait), and one log
 * line names what did not finish.
 */
import type { Logger, SessionHub } from "../core/index.js";

/** Closes every hub; resolves true when the bound forced it (something never finished). */
export async function closeHubsWithin(hubs: readonly SessionHub[], timeoutMs: number, log: Logger): Promise<boolean> {
  // Named before closing: closing unmounts the controls, and their ids go with it. With them, the
  // sessions a drain moved whose end has not finished (named as they ended).
  const running = new Map(hubs.flatMap((hub) => [...[...hub.sessions.values()].map((s) => [s, s.describePending()] as const), ...hub.ending]));
  const sessions = [...running.keys()];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = Promise.all(hubs.map((hub) => hub.close())).then(() => true);
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const finished = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (finished) return false;
  const stuck = sessions.filter((s) => s.pendingWork > 0).map((s) => `session ${s.id}: ${(running.get(s)?.length ? running.get(s)! : s.describePending()).join(", ")}`);
  log.error(
    `[weft] shutdown: ${stuck.length} session(s) did not finish within shutdownTimeoutMs (${timeoutMs} ms) ` +
      `and were ended anyway; still running: ${stuck.join("; ") || "(nothing named)"}`,
  );
  return true;
}
