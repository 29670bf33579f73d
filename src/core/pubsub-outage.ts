/**
 * A network pub/sub adapter's outages as the app's hub hears them (decision 0041): one log line
 * when its server (Redis) goes away and one when it is back, however many messages and sessions
 * fall in between; and one `page.onError` per outage (code `pubsub.unreachable`, phase `pubsub`)
 * for each session that uses `page.pubsub` or `page.presence`: those alive when it begins, and
 * any that sends while it lasts. Local delivery is not affected: only the other processes wait.
 */
import { ErrorCode, WeftError } from "./errors.js";
import type { PubSubAdapter } from "./pubsub-adapter.js";
import type { Logger } from "./session.js";

/** A session, as an outage is told to it. */
export interface OutageHost {
  /** Hands `error` to `page.onError` if the session uses pub/sub or presence; the same `error` twice is told once. */
  pubsubOutage(error: WeftError): void;
}

export class PubSubOutages {
  /** The outage going on, or undefined while the adapter's server is reachable. */
  current: WeftError | undefined = undefined;
  readonly #log: Logger;
  readonly #hosts: () => Iterable<OutageHost>;
  readonly #stop: () => void;

  /** Starts watching `adapter` (one with `watchOutages`) for the hub whose sessions `hosts` yields. */
  constructor(adapter: Required<Pick<PubSubAdapter, "watchOutages">>, log: Logger, hosts: () => Iterable<OutageHost>) {
    this.#log = log;
    this.#hosts = hosts;
    this.#stop = adapter.watchOutages(this.#heard.bind(this));
  }

  /** Stops watching (the hub closes). */
  close(): void {
    this.#stop();
    this.current = undefined;
  }

  #heard(error: Error | null, message: string): void {
    if (!error) {
      this.current = undefined;
      this.#log.info(message);
      return;
    }
    this.#log.error(message);
    const what = message.replace(/^\[weft\] /, "");
    this.current = new WeftError(
      ErrorCode.pubsubUnreachable,
      `pub/sub cannot reach the other processes (${what}): messages still reach this process's sessions; those for the others wait in a bounded buffer until it is back`,
      { cause: error },
    );
    for (const host of this.#hosts()) host.pubsubOutage(this.current);
  }
}
