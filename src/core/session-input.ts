/**
 * What a session does with what its client sends: events are deduplicated by their sequence
 * number (a resumed client resends what it is unsure of), held to the event rate, checked by the
 * event guard and dispatched to their handler; acks, call replies and pongs go where they
 * belong; a frame the codec refused is logged and answered. Every handled event is acknowledged
 * once per microtask, however many arrived in it.
 */
import {
  ClientAction,
  CloseCode,
  ServerAction,
  type ClientFrame,
  type EventBody,
} from "../protocol/index.js";
import type { AppRunner } from "./app-runner.js";
import type { PendingCalls } from "./calls.js";
import { specOf } from "./control-spec.js";
import { ErrorCode } from "./errors.js";
import { EventGuard } from "./event-guard.js";
import type { FlowControl } from "./flow-control.js";
import { TokenBucket } from "./rate-limit.js";
import type { Session } from "./session.js";
import type { Logger, SessionLimits } from "./session-types.js";
import { WarningThrottle } from "./warning-throttle.js";

/** What the input reaches besides the session: the parts of it the session owns privately. */
export interface SessionInputParts {
  readonly logger: Logger;
  readonly limits: SessionLimits;
  readonly runner: AppRunner;
  readonly calls: PendingCalls;
  readonly flow: FlowControl;
}

export class SessionInput {
  readonly #session: Session;
  readonly #parts: SessionInputParts;
  readonly #guard: EventGuard;
  readonly #bucket: TokenBucket;
  #lastEventSeq = 0;
  #ackQueued = false;
  #lastRateWarning = 0;
  /** Repeated warnings (bad frames, extra hellos), summarised; made at the first one. */
  #warningThrottle: WarningThrottle | undefined;

  constructor(session: Session, parts: SessionInputParts) {
    this.#session = session;
    this.#parts = parts;
    this.#guard = new EventGuard(session, parts.logger);
    this.#bucket = new TokenBucket(parts.limits.eventRate, parts.limits.eventBurst);
  }

  /** The sequence number of the last event handled: what a welcome acknowledges. */
  get lastEventSeq(): number {
    return this.#lastEventSeq;
  }

  /** Most sessions never warn: the throttle is made for the first warning. */
  get #warnings(): WarningThrottle {
    return (this.#warningThrottle ??= new WarningThrottle(this.#parts.logger, `[weft] session ${this.#session.id}: `));
  }

  /** Writes the summary of warnings still held back, saying `when`. */
  flushWarnings(when: string): void {
    this.#warningThrottle?.flush(when);
  }

  /** Handles one validated frame from the client. */
  receive(frame: ClientFrame): void {
    switch (frame[0]) {
      case ClientAction.event:
        this.#onEvent(frame[1]);
        break;
      case ClientAction.ack:
        this.#session.outbox.ack(frame[1].seq);
        break;
      case ClientAction.reply:
        if (!this.#parts.calls.settle(frame[1])) this.#session.stats.unknownReplies++;
        break;
      case ClientAction.pong:
        break;
      case ClientAction.hello:
        this.#warnings.warn(ClientAction.hello, "extra hellos", "a second hello on one connection was ignored");
        break;
    }
  }

  /**
   * A frame the codec refused: logged (repeats summarised) and answered with an error frame. The
   * answers count against `maxBufferedBytes` like patches: while the client reads nothing they
   * are dropped, and a client that stays over the cap is cut off (600,000 bad frames from a
   * client that never read had queued 112 MB of answers).
   */
  rejectFrame(code: string, message: string): void {
    this.#warnings.warn(code, "bad frames", `rejected a frame (${code}): ${message}`);
    const session = this.#session;
    const connection = session.connection;
    if (!connection) return;
    // Bad frames draw on the event rate: past it the client is cut off (it may resume), since
    // each costs a decode (a thrown JSON.parse: 5–40 µs), and a flood of them delayed other
    // sessions' clicks by seconds.
    if (!this.#bucket.take()) {
      const what = `cut off a client that sent bad frames faster than ${this.#parts.limits.eventRate} per second`;
      this.#warnings.warn(ErrorCode.rateLimited, "cut-offs", `${what} (${ErrorCode.rateLimited}); it may resume`);
      connection.close(CloseCode.policyViolation, ErrorCode.rateLimited);
      return;
    }
    const flow = this.#parts.flow;
    const waiting = flow.stalled;
    if (!flow.mayFlush(connection, session.outbox.bytesSent)) return;
    session.outbox.sendFrame([ServerAction.error, { code, message }]);
    // The client drained: the patches that were waiting for it go now (the retry was cleared).
    if (waiting) session.flush();
  }

  #onEvent(body: EventBody): void {
    if (body.seq <= this.#lastEventSeq) return; // already handled before a resume
    if (!this.#bucket.take()) {
      this.#rateLimited();
      return;
    }
    this.#lastEventSeq = body.seq;
    this.#queueAck();
    const session = this.#session;
    const control = session.tree.registry.get(body.id);
    if (!control) {
      session.stats.unknownControls++;
      return;
    }
    if (!specOf(control).events.has(body.name)) {
      session.stats.unknownEvents++;
      return;
    }
    if (!this.#guard.admit(control, body.name, body.data ?? null)) return;
    const handler = control.handlerFor(body.name);
    if (!handler) {
      session.flush(); // a value the server corrected (cut, put on a step) goes back even when no handler runs
      return;
    }
    const event = control.createEvent(body.name, body.data ?? null, session.page);
    session.stats.handledEvents++;
    const runner = this.#parts.runner;
    runner.invoke(handler, event, runner.entry("handler", control, body.name), control);
  }

  /** Drops an event over the rate limit; says so, at most once a second, in the log and the page. */
  #rateLimited(): void {
    const session = this.#session;
    session.stats.rateLimited++;
    const now = Date.now();
    if (now - this.#lastRateWarning < 1000) return;
    this.#lastRateWarning = now;
    const message = `events arrive faster than ${this.#parts.limits.eventRate} per second; the excess was dropped`;
    this.#parts.logger.warn(`[weft] session ${session.id}: ${message} (${ErrorCode.rateLimited})`);
    session.outbox.sendFrame([ServerAction.error, { code: ErrorCode.rateLimited, message }]);
  }

  #queueAck(): void {
    if (this.#ackQueued) return;
    this.#ackQueued = true;
    queueMicrotask(() => {
      this.#ackQueued = false;
      if (!this.#session.closed) this.#session.outbox.sendFrame([ServerAction.ack, { seq: this.#lastEventSeq }]);
    });
  }
}
