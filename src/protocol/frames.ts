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
  /** A new session's snapshot from the process it moved off (`moved.restore`, sealed); never in a URL. */
  restore?: string;
  /**
   * The single-use token of a page whose first paint the server rendered (`weft-claim` in its
   * markup): takes that session, started by the page request, with `ack` the patch the markup
   * stood for. Never in a URL.
   */
  claim?: string;
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
  /** The secret that resumes this session; never logged, never put in a URL. Renewed on every resume. */
  token: string;
  /** True when this connection took back an existing session after a drop. */
  resumed: boolean;
  /**
   * The patch `seq` the next patch follows. After a resume with replay it is the client's own
   * `ack`; when replay was impossible it is the server's latest, and the next patch is a full
   * snapshot that begins by cleaning the root.
   */
  seq: number;
  /** The highest client event `seq` the server has handled; the client resends the later ones. */
  ack: number;
  /** Milliseconds between server pings on a quiet connection; 0 when there are none. */
  heartbeat: number;
}

export interface PatchBody {
  /** Server sequence number, starting at 1, one per patch frame. */
  seq: number;
  ops: PatchOp[];
}

export interface ErrorBody {
  /** Dotted error code, e.g. `protocol.bad-frame` or `app.handler`. */
  code: string;
  message: string;
  /** True when the server closes the connection after this frame. */
  fatal?: boolean;
  /** The stack of an app error, in development only. */
  stack?: string;
}

export interface PingBody {}

export interface MoveBody {
  /** The process is replaced by a new one of the same app (`weft run --watch`): move without a notice. */
  restart?: true;
}

export interface MovedBody {
  /** What the app kept in `page.session` for the move, sealed by the server; given back in the next hello. */
  restore?: string;
}

export interface PongBody {}

export interface ByeBody {}

export interface ReplyBody {
  /** The call's number, from the `call` op. */
  call: number;
  /** False when the call failed on the client (no such control, not focusable, …). */
  ok: boolean;
  /** The call's result, if it has one. */
  data?: JsonValue;
  /** Why it failed, when `ok` is false. */
  error?: string;
}

/** Each frame's body by its action, one table per direction. */
interface ClientBodies {
  hello: HelloBody;
  event: EventBody;
  ack: AckBody;
  pong: PongBody;
  reply: ReplyBody;
  bye: ByeBody;
}
interface ServerBodies {
  welcome: WelcomeBody;
  patch: PatchBody;
  ack: AckBody;
  error: ErrorBody;
  ping: PingBody;
  move: MoveBody;
  moved: MovedBody;
}

/** A frame is `[action, body]`: the union over a table's actions of that pair. */
type FrameOf<Bodies> = { [A in keyof Bodies]: [A, Bodies[A]] }[keyof Bodies];

export type ClientFrame = FrameOf<{ [A in ClientAction]: ClientBodies[A] }>;
export type ServerFrame = FrameOf<{ [A in ServerAction]: ServerBodies[A] }>;
/** The frame that carries ops. */
export type PatchFrame = [typeof ServerAction.patch, PatchBody];
