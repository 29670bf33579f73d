/**
 * Frame types: every frame is a JSON array `[action, body]`. The unions below discriminate on the
 * first element, so `switch (frame[0])` narrows the body.
 */
import type { ClientAction, ServerAction } from "./actions.js";
import type { JsonValue, PatchOp } from "./ops.js";

export interface HelloBody {
  /** The client's protocol version. */
  v: number;
  /** Viewport width in CSS pixels. */
  width: number;
  /** Viewport height in CSS pixels. */
  height: number;
  /** The page route, e.g. `"/"` or `"/settings"`. */
  route: string;
  /** A resume token from an earlier `welcome`, to take back a session after a drop. */
  resume?: string;
  /** The highest server patch `seq` this client has applied (with `resume`). */
  ack?: number;
}

export interface EventBody {
  /** Client sequence number, starting at 1, one per event. */
  seq: number;
  /** The control the event happened on. */
  id: number;
  /** Event name without the `on` prefix: `"click"`, `"change"`, `"resize"`, … */
  name: string;
  /** Event payload: a field's new value, a viewport size, … */
  data?: JsonValue;
}

export interface AckBody {
  seq: number;
}

export interface WelcomeBody {
  v: number;
  /** The session's public id (safe to show and log). */
  session: string;
  /** The secret that resumes this session; never logged, never put in a URL. */
  token: string;
}

export interface PatchBody {
  /** Server sequence number, starting at 1, one per patch frame. */
  seq: number;
  ops: PatchOp[];
}

export interface ErrorBody {
  /** Dotted error code, e.g. `protocol.bad-frame`. */
  code: string;
  message: string;
  /** True when the server closes the connection after this frame. */
  fatal?: boolean;
}

export type HelloFrame = [typeof ClientAction.hello, HelloBody];
export type EventFrame = [typeof ClientAction.event, EventBody];
export type ClientAckFrame = [typeof ClientAction.ack, AckBody];
export type ClientFrame = HelloFrame | EventFrame | ClientAckFrame;

export type WelcomeFrame = [typeof ServerAction.welcome, WelcomeBody];
export type PatchFrame = [typeof ServerAction.patch, PatchBody];
export type ServerAckFrame = [typeof ServerAction.ack, AckBody];
export type ErrorFrame = [typeof ServerAction.error, ErrorBody];
export type ServerFrame = WelcomeFrame | PatchFrame | ServerAckFrame | ErrorFrame;
