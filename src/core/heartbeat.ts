/** A connection's heartbeat, for `SessionHub` (hub.ts). */
import { CloseCode, encodeFrame, ServerAction, type Connection } from "../protocol/index.js";
import type { Logger } from "./session.js";

const PING_FRAME = encodeFrame([ServerAction.ping, {}]);

/**
 * One connection's heartbeat: a ping every `intervalMs`, and a close once the client has been
 * silent for 2.5 intervals; none when `intervalMs` is 0. A class, not closures: there is one per
 * connection (see decision 0012).
 */
export class Heartbeat {
  #lastHeard = Date.now();
  readonly #interval: ReturnType<typeof setInterval> | undefined;

  constructor(connection: Connection, intervalMs: number, log: Logger) {
    if (intervalMs <= 0) return;
    const interval = setInterval(() => {
      if (Date.now() - this.#lastHeard > intervalMs * 2.5) {
        log.info(`[weft] dropped a connection silent for ${Math.round((Date.now() - this.#lastHeard) / 1000)} s`);
        clearInterval(interval);
        connection.close(CloseCode.goingAway, "heartbeat timeout");
        return;
      }
      connection.send(PING_FRAME);
    }, intervalMs);
    (interval as { unref?: () => void }).unref?.();
    this.#interval = interval;
  }

  /** The client said something. */
  heard(): void {
    this.#lastHeard = Date.now();
  }

  stop(): void {
    clearInterval(this.#interval);
  }
}
