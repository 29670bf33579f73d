/**
 * Whether the link to the server is alive: any frame from the server proves it, and one silent
 * for 2.5 heartbeats (the interval the welcome gave) counts as dead. Only a client that
 * reconnects by itself keeps the timer; any client can ask whether the link has been quiet.
 *
 * A frame only notes the time: the one timer, when it fires, looks at how long the link has
 * really been quiet and waits out the rest. So a frame costs no timer (clearing and setting one
 * per frame had put two timer calls in front of every patch a click brings back).
 */
import type { Connection } from "../protocol/index.js";
import type { Clock } from "./clock.js";

/** Silence for this many heartbeats means a dead link. */
const DEAD_AFTER_HEARTBEATS = 2.5;

export class LinkWatchdog {
  readonly #clock: Clock;
  readonly #enabled: boolean;
  readonly #onSilent: (connection: Connection | undefined) => void;
  /** The server's ping interval from the welcome; 0 for none. */
  #heartbeat = 0;
  #timer: unknown;
  /** The connection the running timer watches. */
  #watched: Connection | undefined;
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

  /** The server was heard from on `connection`: the silence starts again from now. */
  heard(connection: Connection | undefined): void {
    this.#lastHeard = this.#clock.now();
    if (this.#timer === undefined || this.#watched !== connection) this.feed(connection);
  }

  /** Starts the dead-link timer for `connection` afresh, counting the silence from the last frame heard. */
  feed(connection: Connection | undefined): void {
    this.stop();
    if (!this.#enabled || this.#heartbeat <= 0) return;
    this.#arm(connection, this.#heartbeat * DEAD_AFTER_HEARTBEATS);
  }

  stop(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watched = undefined;
  }

  /** Whether the server has been silent for more than `heartbeats` of its ping intervals. */
  quietFor(heartbeats: number): boolean {
    return this.#heartbeat > 0 && this.#clock.now() - this.#lastHeard > this.#heartbeat * heartbeats;
  }

  #arm(connection: Connection | undefined, ms: number): void {
    this.#watched = connection;
    this.#timer = this.#clock.setTimeout(() => this.#due(connection), ms);
  }

  /** The timer ran out: dead if nothing came since, else it waits out the rest of the silence allowed. */
  #due(connection: Connection | undefined): void {
    this.#timer = undefined;
    this.#watched = undefined;
    const allowed = this.#heartbeat * DEAD_AFTER_HEARTBEATS;
    const quiet = this.#clock.now() - this.#lastHeard;
    if (quiet >= allowed) this.#onSilent(connection);
    else this.#arm(connection, allowed - quiet);
  }
}
