/**
 * Whether the link to the server is alive: any frame from the server proves it, and one silent
 * for 2.5 heartbeats (the interval the welcome gave) counts as dead. Only a client that
 * reconnects by itself keeps the timer; any client can ask whether the link has been quiet.
 */
import type { Connection } from "../protocol/index.js";
import type { Clock } from "./clock.js";

export class LinkWatchdog {
  readonly #clock: Clock;
  readonly #enabled: boolean;
  readonly #onSilent: (connection: Connection | undefined) => void;
  /** The server's ping interval from the welcome; 0 for none. */
  #heartbeat = 0;
  #timer: unknown;
  /** When the server was last heard from (any frame). */
  #lastHeard = 0;

  constructor(clock: Clock, enabled: boolean, onSilent: (connection: Connection | undefined) => void) {
    this.#clock = clock;
    this.#enabled = enabled;
    this.#onSilent = onSilent;
  }

  /** The ping interval the server's welcome gave. */
  set heartbeat(ms: number) {
    this.#heartbeat = ms;
  }

  /** The server was heard from on `connection`: the timer starts again. */
  heard(connection: Connection | undefined): void {
    this.#lastHeard = this.#clock.now();
    this.feed(connection);
  }

  /** Restarts the dead-link timer for `connection`. */
  feed(connection: Connection | undefined): void {
    this.stop();
    if (!this.#enabled || this.#heartbeat <= 0) return;
    this.#timer = this.#clock.setTimeout(() => this.#onSilent(connection), this.#heartbeat * 2.5);
  }

  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whether the server has been silent for more than `heartbeats` of its ping intervals. */
  quietFor(heartbeats: number): boolean {
    return this.#heartbeat > 0 && this.#clock.now() - this.#lastHeard > this.#heartbeat * heartbeats;
  }
}
