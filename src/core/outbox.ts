/**
 * One ordered outbox per session. Patches are numbered as they are made and handed to the
 * connection in that order, so updates from concurrent tasks never interleave or tear. Frames the
 * client has not acknowledged are kept, up to a byte bound, for replay after a dropped connection.
 */
import { encodeFrame, ServerAction, type Connection, type PatchOp, type ServerFrame } from "../protocol/index.js";

/** `["patch",{"seq":`: how every patch frame begins. */
const PATCH_HEAD = `[${JSON.stringify(ServerAction.patch)},{"seq":`;

/**
 * A patch frame's text: exactly `encodeFrame([ServerAction.patch, { seq, ops }])`, with the
 * envelope written around `JSON.stringify(ops)`. Every update pays for this; V8 stringifies the
 * small envelope object about 30% slower than this concatenation (issue 6, the broadcast profile).
 */
export function encodePatch(seq: number, ops: PatchOp[]): string {
  return `${PATCH_HEAD}${seq},"ops":${JSON.stringify(ops)}}]`;
}

/** Patch texts up to this length are shared: see `sharedText`. */
const SHARED_TEXT_MAX = 16 * 1024;
/** The last patch text any outbox made: see `sharedText`. */
let lastText = "";

/**
 * Returns the text made just before when it is equal to `text`, else `text` itself. A shared loop
 * that updates every session the same way makes the same frame thousands of times in a row; with
 * this, every session's replay buffer holds that one string (young garbage instead of thousands
 * of survivors to copy), and the transport can reuse the bytes it encoded for the last send.
 */
function sharedText(text: string): string {
  // Large texts (a page's first patch) are rarely repeated, and comparing them costs a copy.
  if (text.length > SHARED_TEXT_MAX) return text;
  if (text === lastText) return lastText;
  lastText = text;
  return text;
}

export class Outbox {
  #seq = 0;
  /**
   * Texts of the patches not acknowledged yet, oldest first; they are numbered consecutively up
   * to `#seq`, so the first one's number is `#seq - length + 1` (no record per patch).
   */
  #unacked: string[] = [];
  #unackedBytes = 0;
  #connection: Connection | undefined;
  /** True once frames were dropped from the replay buffer: a resume then needs a snapshot. */
  overflowed = false;
  /** Every byte handed to a connection, for tests and stats. */
  bytesSent = 0;

  constructor(private readonly maxReplayBytes: number) {}

  /** The last patch number given out. */
  get seq(): number {
    return this.#seq;
  }

  /** Bytes kept for replay. */
  get bufferedBytes(): number {
    return this.#unackedBytes;
  }

  attach(connection: Connection): void {
    this.#connection = connection;
  }

  detach(): void {
    this.#connection = undefined;
  }

  /** Numbers, encodes and sends one patch; returns its sequence number. */
  sendPatch(ops: PatchOp[]): number {
    const seq = ++this.#seq;
    const text = sharedText(encodePatch(seq, ops));
    this.#unacked.push(text);
    this.#unackedBytes += text.length;
    while (this.#unackedBytes > this.maxReplayBytes && this.#unacked.length > 1) {
      this.#unackedBytes -= this.#unacked.shift()!.length;
      this.overflowed = true;
    }
    this.#write(text);
    return seq;
  }

  /** Sends a frame outside the numbered patch stream (welcome, ack, error). */
  sendFrame(frame: ServerFrame): void {
    this.#write(encodeFrame(frame));
  }

  /** The number of the oldest patch kept. */
  get #firstUnacked(): number {
    return this.#seq - this.#unacked.length + 1;
  }

  /** The client has applied every patch up to `seq`. */
  ack(seq: number): void {
    const drop = Math.min(this.#unacked.length, seq - this.#firstUnacked + 1);
    if (drop <= 0) return;
    for (let i = 0; i < drop; i++) this.#unackedBytes -= this.#unacked[i]!.length;
    this.#unacked.splice(0, drop);
  }

  /** Whether every patch after `seq` is still kept, so a client at `seq` can be brought up to date. */
  canReplayAfter(seq: number): boolean {
    if (seq > this.#seq) return false;
    if (seq === this.#seq) return true;
    return this.#unacked.length > 0 && this.#firstUnacked <= seq + 1;
  }

  /** Resends every kept patch after `seq`; false (sending nothing) when replay is impossible. */
  replayAfter(seq: number): boolean {
    if (!this.canReplayAfter(seq)) return false;
    const first = this.#firstUnacked;
    for (let i = Math.max(0, seq + 1 - first); i < this.#unacked.length; i++) this.#write(this.#unacked[i]!);
    return true;
  }

  #write(text: string): void {
    if (!this.#connection) return;
    this.bytesSent += text.length;
    this.#connection.send(text);
  }
}
