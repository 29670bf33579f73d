/**
 * Typed, coded errors. Every error Weft raises or reports is a `WeftError` with a dotted `code`
 * (`control.not-mounted`, `protocol.bad-frame`, `app.handler`) and, where it wraps one, a `cause`.
 */
import { Refusal } from "../protocol/index.js";

export const ErrorCode = {
  /** A control was used in a way that needs it on a page first. */
  notMounted: "control.not-mounted",
  /** A control was put in two places at once, or in two sessions. */
  alreadyMounted: "control.already-mounted",
  /** A child slot was given something that is not a control. */
  notAControl: "control.not-a-control",
  /** An options bag named a property the control does not have. */
  unknownOption: "control.unknown-option",
  /** A property was given a value of the wrong type. */
  badValue: "control.bad-value",
  /** An app handler threw or rejected. */
  handler: "app.handler",
  /** The app's `main` threw or rejected. */
  main: "app.main",
  /** A task started with `page.runTask` threw or rejected. */
  task: "app.task",
  /** A lifecycle hook (`didMount`, `willUnmount`) threw or rejected. */
  lifecycle: "app.lifecycle",
  /** Code an app started (a timer, a promise nobody awaited) threw outside Weft's own calls. */
  uncaught: "app.uncaught",
  /** A bad option given to `app()`, `appAsync()` or the CLI. */
  badOption: "server.bad-option",
  /** The port asked for is taken. */
  portInUse: "server.port-in-use",
  /** The client speaks another protocol version. */
  versionMismatch: "protocol.version-mismatch",
  /** The client sent no hello in time. */
  helloTimeout: "protocol.hello-timeout",
  /** The session has ended. */
  sessionClosed: "session.closed",
  /** A server-to-client call got no reply in time. */
  callTimeout: "session.call-timeout",
  /** A server-to-client call failed in the browser. */
  callFailed: "session.call-failed",
  /** A pub/sub message that cannot be copied to other sessions (a function, a symbol, …). */
  badMessage: "pubsub.bad-message",
  /** The pub/sub adapter was closed. */
  pubsubClosed: "pubsub.closed",
  /** The pub/sub adapter lost its server (Redis): messages between processes wait or are dropped until it is back. */
  pubsubUnreachable: "pubsub.unreachable",
  /** A pub/sub handler threw or rejected. */
  pubsubHandler: "app.pubsub",
  /** A session would hold more controls than `maxControls`. */
  tooManyControls: "limit.controls",
  /** A client sent events faster than the session's rate limit. */
  rateLimited: "limit.rate",
  /** One client address opened more sessions than `maxSessionsPerClient`. */
  tooManySessions: Refusal.tooManySessions,
  /** A new session was asked of a process that is draining. */
  draining: Refusal.draining,
  /** A claim of a first-painted page's session was refused (unknown, used, expired or foreign token). */
  claimRefused: Refusal.claimRefused,
  /** A client read nothing for too long while patches waited. */
  slowClient: "limit.slow-client",
  /** A value for client or user storage that is not JSON, too big or too deep. */
  storageBadValue: "storage.bad-value",
  /** The browser answered a storage call with something that is not a valid stored value. */
  storageBadReply: "storage.bad-reply",
  /** The browser's storage is full (its quota is reached). */
  storageQuota: "storage.quota",
  /** The browser's storage is disabled or absent (private mode, a policy, a sandboxed frame). */
  storageUnavailable: "storage.unavailable",
  /** `page.userStorage` is used but cannot work (no `storageSecret`, no cookie, a failing store). */
  userStorage: "storage.user",
  /** An upload over a limit (file size, session total, files at once) or with a bad size. */
  uploadRefused: "upload.refused",
  /** A download whose source is missing or outside the allowed folder. */
  downloadRefused: "download.refused",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface WeftErrorOptions {
  cause?: unknown;
}

/** The base of every error Weft raises. */
export class WeftError extends Error {
  override name = "WeftError";
  constructor(
    /** Dotted code, stable across versions: match on it, not on the message. */
    readonly code: string,
    message: string,
    options: WeftErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** Misuse of a control by app code: raised synchronously where the mistake is made. */
export class ControlError extends WeftError {
  override name = "ControlError";
}

/** An error thrown by app code (a handler, `main`, a task, a hook), with where it happened. */
export class AppError extends WeftError {
  override name = "AppError";
}

/** The message of anything thrown, for logs and `page.onError`. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  try {
    return typeof thrown === "string" ? thrown : JSON.stringify(thrown) ?? String(thrown);
  } catch {
    return String(thrown);
  }
}
