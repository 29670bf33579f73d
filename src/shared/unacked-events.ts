/**
 * The client's events, numbered and kept as sent until the server acknowledges them: events made
 * offline wait for the next welcome, and after a resume the ones the server had not handled are
 * sent again, once. A new session numbers its events from 1 again.
 */
import { ClientAction, encodeFrame, type EventBody, type JsonValue } from "../protocol/index.js";

/** Unacknowledged events kept for resending; past this the oldest are dropped. */
const MAX_UNACKED_EVENTS = 10_000;

export class UnackedEvents {
  #eventSeq = 0;
  #unacked: { seq: number; text: string }[] = [];

  /** Numbers an event, keeps it, and returns its frame's text. */
  add(id: number, name: string, data: JsonValue | undefined): string {
    const body: EventBody = { seq: ++this.#eventSeq, id, name };
    if (data !== undefined) body.data = data;
    const text = encodeFrame([ClientAction.event, body]);
    this.#unacked.push({ seq: body.seq, text });
    if (this.#unacked.length > MAX_UNACKED_EVENTS) this.#unacked.shift();
    return text;
  }

  /** Forgets the events the server has handled, up to `seq`. */
  handled(seq: number): void {
    let handled = 0;
    while (handled < this.#unacked.length && this.#unacked[handled]!.seq <= seq) handled++;
    if (handled) this.#unacked.splice(0, handled);
  }

  /** The frames of the events not yet acknowledged, oldest first. */
  *frames(): IterableIterator<string> {
    for (const event of this.#unacked) yield event.text;
  }

  /** The session they belonged to is gone: they are dropped, and numbering starts again. */
  clear(): void {
    this.#eventSeq = 0;
    this.#unacked = [];
  }
}
