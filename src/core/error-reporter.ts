/**
 * What a session does with an error its app threw (in `main`, a handler, a task or a hook): log
 * it, naming the control and event; hand it to `page.onError`, whose own failure is logged and
 * never thrown; and, when the app has no `onError`, show it on the page as an `error` frame, with
 * the message and stack in development and a plain sentence in production.
 */
import { ServerAction } from "../protocol/index.js";
import { describeControl, type Control } from "./control.js";
import { specOf } from "./control-spec.js";
import { AppError, ControlError, ErrorCode, describeThrown, type WeftError } from "./errors.js";
import type { ErrorEvent, ErrorPhase } from "./events.js";
import type { Outbox } from "./outbox.js";
import type { Page } from "./page.js";
import type { Logger } from "./session.js";

/** What the reporter needs of its session. */
export interface ErrorHost {
  readonly id: string;
  readonly page: Page;
  readonly outbox: Outbox;
  /** True while a flush runs: what `onError` changed then goes out with it. */
  readonly flushing: boolean;
  flush(): void;
  /** Keeps the session's `idle()` waiting until `promise` settles. */
  track(promise: Promise<unknown>): void;
}

const PHASE_CODES: Record<ErrorPhase, string> = {
  main: ErrorCode.main,
  handler: ErrorCode.handler,
  task: ErrorCode.task,
  didMount: ErrorCode.lifecycle,
  willUnmount: ErrorCode.lifecycle,
  beforeUpdate: ErrorCode.lifecycle,
  uncaught: ErrorCode.uncaught,
  pubsub: ErrorCode.pubsubHandler,
};

/** Where app code ran, for people: `onClick handler of Button#3 "Save"`, `didMount of Chart#9`, `main`. */
export function describeEntry(phase: ErrorPhase, source?: Control, event?: string): string {
  if (phase === "pubsub") return event ? `pubsub handler of topic ${JSON.stringify(event)}` : "pubsub handler";
  if (phase === "handler" && source && event) return `${specOf(source).events.get(event)} handler of ${describeControl(source)}`;
  return source ? `${phase} of ${describeControl(source)}` : phase;
}

/** Controls refused for `maxControls` in one flush that reach `onError` one by one; the rest in one more error. */
const OVER_LIMIT_DELIVERED = 10;

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

export class ErrorReporter {
  constructor(
    private readonly host: ErrorHost,
    private readonly log: Logger,
    /** Whether the page is shown the message and stack (development) or a plain sentence. */
    private readonly exposeErrors: boolean,
  ) {}

  /** Reports an app error to `page.onError` and the log, naming where it happened. */
  report(thrown: unknown, phase: ErrorPhase, source?: Control, event?: string): void {
    this.#report(thrown, PHASE_CODES[phase], `${describeEntry(phase, source, event)} failed`, phase, source, event);
  }

  /**
   * Reports what code started by an entry into app code (a timer it set, a promise nobody awaited)
   * threw after that entry returned: phase `uncaught`, with the entry's control and event.
   */
  reportUncaught(thrown: unknown, origin: ErrorPhase, source?: Control, event?: string): void {
    const where = `code started by the ${describeEntry(origin, source, event)} threw outside it (a timer, callback or promise nobody awaited)`;
    this.#report(thrown, ErrorCode.uncaught, where, "uncaught", source, event);
  }

  #report(thrown: unknown, code: string, where: string, phase: ErrorPhase, source?: Control, event?: string): void {
    const message = describeThrown(thrown);
    const error = new AppError(code, `${where}: ${message}`, { cause: thrown });
    this.log.error(`[weft] session ${this.host.id}: ${error.message}`, thrown);
    this.#deliver(error, message, phase, source, event);
    if (!this.host.page.onError) this.#show(error.code, error.message, thrown);
  }

  /**
   * Reports a control used wrongly (added twice, too many controls): logged and given to
   * `onError`, or, when the app has none, shown in the page as an app error is.
   */
  reportMisuse(error: ControlError): void {
    this.log.error(`[weft] session ${this.host.id}: ${error.message}`, error);
    this.#deliverMisuse(error);
    if (!this.host.page.onError) this.#show(error.code, error.message, error);
  }

  /**
   * Reports controls one flush left out for `maxControls`: one log line however many there were
   * (a loop adding 200,000 controls past the limit once logged a stack per control, 77 MB), and
   * to `onError` each of the first ten, then one error for the rest.
   */
  reportOverLimit(refused: readonly Control[], maxControls: number): void {
    const limit = `the session would hold more than ${maxControls} controls (option maxControls)`;
    const others = refused.length > 1 ? ` (nor ${refused.length - 1} more controls in the same update)` : "";
    this.log.error(`[weft] session ${this.host.id}: ${describeControl(refused[0]!)} was not added${others}: ${limit} (${ErrorCode.tooManyControls})`);
    if (!this.host.page.onError) {
      this.#show(ErrorCode.tooManyControls, `${describeControl(refused[0]!)} was not added${others}: ${limit}`, undefined);
      return;
    }
    const each = Math.min(refused.length, OVER_LIMIT_DELIVERED);
    for (let i = 0; i < each; i++) this.#deliverMisuse(new ControlError(ErrorCode.tooManyControls, `${describeControl(refused[i]!)} was not added: ${limit}`));
    if (refused.length > each) this.#deliverMisuse(new ControlError(ErrorCode.tooManyControls, `${refused.length - each} more controls were not added: ${limit}`));
  }

  /**
   * Tells `page.onError` of something that went wrong around the app, not in it (the pub/sub
   * adapter lost Redis): no log line here (the hub logs it once for all its sessions), nothing
   * shown on the page.
   */
  reportOutage(error: WeftError): void {
    this.#deliver(error, error.message, "pubsub");
  }

  #deliverMisuse(error: ControlError): void {
    this.#deliver(error, error.message, "handler");
  }

  /** Tells the page about an app error the app did not handle itself. */
  #show(code: string, message: string, thrown: unknown): void {
    if (this.exposeErrors) {
      const stack = thrown instanceof Error && thrown.stack ? thrown.stack : undefined;
      this.host.outbox.sendFrame([ServerAction.error, stack ? { code, message, stack } : { code, message }]);
    } else {
      this.host.outbox.sendFrame([ServerAction.error, { code, message: "Something went wrong in this app. The error was logged on the server." }]);
    }
  }

  /** Hands an error to `page.onError`, guarding against that handler failing too. */
  #deliver(error: Error, message: string, phase: ErrorPhase, source?: Control, event?: string): void {
    const page = this.host.page;
    const onError = page.onError;
    if (!onError) return;
    const errorEvent: ErrorEvent = { control: page, name: "error", data: message, page, error, source, phase, event };
    try {
      const result = onError.call(page, errorEvent);
      if (isThenable(result)) {
        this.host.track(Promise.resolve(result).then(() => this.host.flush(), (e) => this.#onErrorFailed(e)));
      } else if (!this.host.flushing) this.host.flush();
    } catch (e) {
      this.#onErrorFailed(e);
    }
  }

  #onErrorFailed(thrown: unknown): void {
    this.log.error(`[weft] session ${this.host.id}: page.onError itself failed: ${describeThrown(thrown)}`, thrown);
  }
}
