/**
 * Orders what the client tells the server about user input. Events go out at once; a field's
 * value changes without `onChange` are held back and sent as one `change` per field on blur,
 * after a pause in typing, or just before any other event, so that a handler on the server
 * always reads the value the person sees.
 */
import { EventName, type JsonValue } from "../protocol/index.js";
import type { EventSink } from "./client-node.js";

/** Pause in typing after which a held-back value is sent anyway. */
export const VALUE_IDLE_MS = 300;

export type Transmit = (id: number, name: string, data: JsonValue | undefined) => void;

export class EventSender implements EventSink {
  readonly #pending = new Map<number, () => JsonValue>();
  readonly #transmit: Transmit;
  readonly #idleMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(transmit: Transmit, idleMs = VALUE_IDLE_MS) {
    this.#transmit = transmit;
    this.#idleMs = idleMs;
  }

  event(id: number, name: string, data?: JsonValue): void {
    this.commit();
    this.#transmit(id, name, data);
  }

  valueChanged(id: number, read: () => JsonValue): void {
    this.#pending.set(id, read);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.commit(), this.#idleMs);
  }

  commit(): void {
    if (this.#pending.size === 0) return; // nothing held back, so no timer runs: a click clears none
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = [...this.#pending];
    this.#pending.clear();
    for (const [id, read] of pending) this.#transmit(id, EventName.change, read());
  }

  /** A control left the page: whatever it held back no longer matters. */
  forget(id: number): void {
    this.#pending.delete(id);
  }

  /** Drops everything held back (the session is gone). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
  }
}
