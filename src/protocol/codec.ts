/**
 * The codec: encodes frames and validates every inbound one. A bad frame becomes a coded
 * `DecodeFailure`, never an exception into the socket loop.
 */
import { ClientAction, ServerAction } from "./actions.js";
import type { ClientFrame, EventBody, HelloBody, ReplyBody, ServerFrame } from "./frames.js";
import { Limits } from "./limits.js";

/** Codes a decode can fail with. */
export const DecodeError = {
  tooLarge: "protocol.frame-too-large",
  badJson: "protocol.bad-json",
  badFrame: "protocol.bad-frame",
  unknownAction: "protocol.unknown-action",
  badBody: "protocol.bad-body",
} as const;
export type DecodeError = (typeof DecodeError)[keyof typeof DecodeError];

export interface DecodeFailure {
  ok: false;
  code: DecodeError;
  message: string;
}
export type Decoded<T> = { ok: true; frame: T } | DecodeFailure;

export interface DecodeOptions {
  /** Largest frame accepted, in UTF-8 bytes. Default `Limits.maxFrameBytes`. */
  maxFrameBytes?: number;
}

/** Encodes any frame as its JSON text. */
export function encodeFrame(frame: ClientFrame | ServerFrame): string {
  return JSON.stringify(frame);
}

function fail(code: DecodeError, message: string): DecodeFailure {
  return { ok: false, code, message };
}

/** UTF-8 byte length without allocating a buffer (works in Node, browsers and workers). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

function isSize(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1e6;
}

function parse(text: unknown, options: DecodeOptions): Decoded<[string, Record<string, unknown>]> {
  if (typeof text !== "string") return fail(DecodeError.badFrame, "frame is not text");
  const max = options.maxFrameBytes ?? Limits.maxFrameBytes;
  // A char is at most 3 UTF-8 bytes, so only long frames need the exact count.
  if (text.length > max / 3 && utf8Length(text) > max) {
    return fail(DecodeError.tooLarge, `frame of ${utf8Length(text)} bytes exceeds the limit of ${max}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(DecodeError.badJson, "frame is not valid JSON");
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== "string" || !isRecord(value[1])) {
    return fail(DecodeError.badFrame, "frame must be [action, {body}]");
  }
  return { ok: true, frame: [value[0], value[1]] };
}

function checkHello(body: Record<string, unknown>): string | undefined {
  if (!isCount(body.v)) return "hello.v must be a protocol version number";
  if (!isSize(body.width) || !isSize(body.height)) return "hello.width and hello.height must be sizes";
  if (typeof body.route !== "string" || body.route.length > Limits.maxRouteLength) {
    return "hello.route must be a string";
  }
  if (body.resume !== undefined && (typeof body.resume !== "string" || body.resume.length > 256)) {
    return "hello.resume must be a token string";
  }
  if (body.ack !== undefined && !isCount(body.ack)) return "hello.ack must be a sequence number";
  if (body.claim !== undefined && (typeof body.claim !== "string" || body.claim.length > 256)) return "hello.claim must be a token string";
  if (body.restore !== undefined && (typeof body.restore !== "string" || body.restore.length > Limits.maxRestoreLength)) {
    return `hello.restore must be a snapshot string of at most ${Limits.maxRestoreLength} characters`;
  }
  return undefined;
}

function checkEvent(body: Record<string, unknown>): string | undefined {
  if (!isCount(body.seq)) return "event.seq must be a sequence number";
  if (!isCount(body.id, Limits.maxControlId)) return "event.id must be a control id";
  if (typeof body.name !== "string" || body.name.length === 0 || body.name.length > Limits.maxEventNameLength) {
    return "event.name must be a short string";
  }
  return undefined;
}

function checkReply(body: Record<string, unknown>): string | undefined {
  if (!isCount(body.call)) return "reply.call must be a call number";
  if (typeof body.ok !== "boolean") return "reply.ok must be a boolean";
  if (body.error !== undefined && (typeof body.error !== "string" || body.error.length > 1000)) return "reply.error must be a short string";
  return undefined;
}

/** Validates one frame from a client. */
export function decodeClientFrame(text: unknown, options: DecodeOptions = {}): Decoded<ClientFrame> {
  const parsed = parse(text, options);
  if (!parsed.ok) return parsed;
  const [action, body] = parsed.frame;
  let problem: string | undefined;
  switch (action) {
    case ClientAction.hello:
      problem = checkHello(body);
      if (!problem) return { ok: true, frame: [action, body as unknown as HelloBody] };
      break;
    case ClientAction.event:
      problem = checkEvent(body);
      if (!problem) return { ok: true, frame: [action, body as unknown as EventBody] };
      break;
    case ClientAction.ack:
      if (isCount(body.seq)) return { ok: true, frame: [action, { seq: body.seq }] };
      problem = "ack.seq must be a sequence number";
      break;
    case ClientAction.pong:
      return { ok: true, frame: [action, {}] };
    case ClientAction.bye:
      return { ok: true, frame: [action, {}] };
    case ClientAction.reply:
      problem = checkReply(body);
      if (!problem) return { ok: true, frame: [action, body as unknown as ReplyBody] };
      break;
    default:
      return fail(DecodeError.unknownAction, `unknown action ${JSON.stringify(action.slice(0, 32))}`);
  }
  return fail(DecodeError.badBody, problem);
}

const serverActions = new Set<string>(Object.values(ServerAction));

/**
 * Reads one frame from the server. The server is trusted, so this checks the envelope only;
 * a frame that fails it is dropped by the client with a console warning.
 */
export function decodeServerFrame(text: unknown): Decoded<ServerFrame> {
  const parsed = parse(text, { maxFrameBytes: Number.POSITIVE_INFINITY });
  if (!parsed.ok) return parsed;
  if (!serverActions.has(parsed.frame[0])) {
    return fail(DecodeError.unknownAction, `unknown action ${JSON.stringify(parsed.frame[0].slice(0, 32))}`);
  }
  return { ok: true, frame: parsed.frame as unknown as ServerFrame };
}
