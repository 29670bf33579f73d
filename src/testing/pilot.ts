/**
 * The pilot: runs an app headless over the in-memory transport and drives it as a person would.
 * Find controls by type, text or key in what the client holds; click, type, toggle, resize; await
 * settling; read the recorded frames and their sizes.
 *
 * ```ts
 * const pilot = await runApp(main);
 * await pilot.click({ text: "Say hello!" });
 * assert.ok(pilot.find({ type: Text, text: "Hello!" }).length);
 * await pilot.close();
 * ```
 */
import {
  ClientAction,
  decodeServerFrame,
  encodeFrame,
  PROTOCOL_VERSION,
  ServerAction,
  type ClientFrame,
  Op,
  type CallOp,
  type Connection,
  type HelloBody,
  type JsonValue,
  type PatchFrame,
  type ServerFrame,
} from "../protocol/index.js";
import { specForType, specOfClass, type ControlClass } from "../core/control-spec.js";
import { ID, PROPS, SLOTS, type Control } from "../core/control.js";
import { SessionHub, type AppMain, type HubOptions, type Logger, type Page, type Session } from "../core/index.js";
import { memoryConnectionPair } from "./memory-connection.js";
import { MirrorTree, type MirrorNode } from "./mirror.js";

export interface PilotOptions {
  /** Viewport size reported in the hello. Default 1280 × 720. */
  width?: number;
  height?: number;
  route?: string;
  /** Options for the pilot's hub (limits, `sessionTimeout`, …). */
  hub?: Omit<HubOptions, "logger">;
}

export interface Query {
  /** A control class (`Text`) or a wire type (`"text"`). */
  type?: ControlClass | string;
  /** The text a person reads on it: a Text's value, a button's text, a field's label. */
  text?: string | RegExp;
  key?: string;
  /** Search only under this node. */
  within?: MirrorNode;
}

export interface RecordedFrame {
  readonly text: string;
  /** UTF-8 size of the frame as sent. */
  readonly bytes: number;
  readonly frame: ServerFrame;
}

export interface LogEntry {
  level: "info" | "warn" | "error";
  message: string;
  error?: unknown;
}

/** A pilot misuse or an expectation that could not be met (nothing found, a disabled button). */
export class PilotError extends Error {
  override name = "PilotError";
}

const TEXT_PROPS = ["label", "text", "value", "tooltip"] as const;

/** The text a person reads on a node. */
export function textOf(node: MirrorNode): string {
  for (const name of TEXT_PROPS) {
    const value = node.props[name];
    if (typeof value === "string" && value) return value;
  }
  return "";
}

function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Starts `main` in a fresh session and resolves once its first work has settled. */
export async function runApp(main: AppMain, options: PilotOptions = {}): Promise<Pilot> {
  const pilot = new Pilot(main, options);
  await pilot.settle();
  return pilot;
}

export class Pilot {
  readonly tree = new MirrorTree();
  /** Every frame the server sent, in order. */
  readonly frames: RecordedFrame[] = [];
  /** Every frame this pilot sent, in order. */
  readonly sent: string[] = [];
  /** What the runtime logged. */
  readonly logs: LogEntry[] = [];
  readonly hub: SessionHub;
  /** The element that has focus in the client, as `focus()` calls left it. */
  focusedId: number | undefined;
  #client!: Connection;
  #options: PilotOptions;
  #seq = 0;
  #lastPatch = 0;
  #closed = false;
  #token: string | undefined;
  /** Events sent but not yet acknowledged by the server, resent after a resume. */
  #unacked: Array<{ seq: number; text: string }> = [];
  /** Whether the current connection has been welcomed; events wait until it has. */
  #welcomed = false;

  constructor(main: AppMain, options: PilotOptions = {}) {
    const logger: Logger = {
      info: (message) => this.logs.push({ level: "info", message }),
      warn: (message) => this.logs.push({ level: "warn", message }),
      error: (message, error) => this.logs.push({ level: "error", message, error }),
    };
    this.#options = options;
    this.hub = new SessionHub(main, { ...options.hub, logger });
    this.#connect(undefined);
  }

  /** Whether the pilot's connection is up. */
  get connected(): boolean {
    return this.#welcomed;
  }

  /**
   * Cuts the connection as a network drop would: the server detaches the session, and events
   * the pilot sends meanwhile wait (as the browser client queues them) until `reconnect()`.
   * With `silent`, the server is not told (a half-open link): what it sends meanwhile is lost.
   */
  async drop({ silent = false } = {}): Promise<void> {
    this.#welcomed = false;
    const client = this.#client;
    client.onMessage = () => {};
    if (!silent) client.close(1006, "pilot dropped the connection");
    await tick();
  }

  /** Opens a new connection and resumes the session with its token, as the browser client does. */
  async reconnect(): Promise<void> {
    this.#connect(this.#token);
    await this.settle();
  }

  #connect(resume: string | undefined): void {
    const [server, client] = memoryConnectionPair();
    this.#client = client;
    client.onMessage = (text) => this.#receive(text);
    this.hub.accept(server);
    const options = this.#options;
    const hello: HelloBody = { v: PROTOCOL_VERSION, width: options.width ?? 1280, height: options.height ?? 720, route: options.route ?? "/" };
    if (resume !== undefined) {
      hello.resume = resume;
      hello.ack = this.#lastPatch;
    }
    this.#send([ClientAction.hello, hello]);
  }

  /** The server-side session. */
  get session(): Session {
    const session = [...this.hub.sessions.values()][0];
    if (!session) throw new PilotError("the session has not started (or has ended)");
    return session;
  }

  /** The server-side page. */
  get page(): Page {
    return this.session.page;
  }

  /** Patch frames received so far. */
  get patches(): Array<RecordedFrame & { frame: PatchFrame }> {
    return this.frames.filter((f): f is RecordedFrame & { frame: PatchFrame } => f.frame[0] === ServerAction.patch);
  }

  /** Nodes matching a query, in tree order. */
  find(query: Query = {}): MirrorNode[] {
    const type = typeof query.type === "function" ? specOfClass(query.type).type : query.type;
    const out: MirrorNode[] = [];
    for (const node of this.tree.walk(query.within)) {
      if (type !== undefined && node.type !== type) continue;
      if (query.key !== undefined && node.props.key !== query.key) continue;
      if (query.text !== undefined) {
        const text = textOf(node);
        if (typeof query.text === "string" ? text !== query.text : !query.text.test(text)) continue;
      }
      out.push(node);
    }
    return out;
  }

  /** The one node matching a query; throws with a picture of the tree otherwise. */
  get(query: Query): MirrorNode {
    const found = this.find(query);
    if (found.length !== 1) {
      throw new PilotError(`expected one control matching ${describeQuery(query)}, found ${found.length}\n${this.dump()}`);
    }
    return found[0]!;
  }

  /** The server-side control behind a node. */
  control<C extends Control = Control>(target: MirrorNode | Query): C {
    const node = this.#resolve(target);
    const control = this.session.tree.registry.get(node.id);
    if (!control) throw new PilotError(`no server control with id ${node.id}`);
    return control as C;
  }

  /** Clicks a control as a person would: refused if it is disabled, hidden or not listening. */
  async click(target: MirrorNode | Query): Promise<void> {
    await this.#user(target, "click", null);
  }

  /** Types into a field: its whole new value, as the client sends it. */
  async type(target: MirrorNode | Query, text: string): Promise<void> {
    const node = this.#interactive(target);
    node.props.value = text; // the browser's field holds what was typed
    await this.#sendEvent(node, "change", text);
  }

  /** Presses Enter in a field. */
  async submit(target: MirrorNode | Query): Promise<void> {
    const node = this.#interactive(target);
    await this.#sendEvent(node, "submit", (node.props.value as string | undefined) ?? "");
  }

  /** Clicks a checkbox: false → true (→ null with tristate) → false. */
  async toggle(target: MirrorNode | Query): Promise<void> {
    const node = this.#interactive(target);
    const value = "value" in node.props ? node.props.value : false;
    const next = value === true ? (node.props.tristate ? null : false) : value === null ? false : true;
    node.props.value = next;
    await this.#sendEvent(node, "change", next);
  }

  /** Resizes the viewport. */
  async resize(width: number, height: number): Promise<void> {
    const page = this.tree.page;
    if (!page) throw new PilotError("no page yet");
    await this.#sendEvent(page, "resize", { width, height });
  }

  /** Sends any event on a node, listened to or not (for testing what a hostile client can do). */
  async fire(target: MirrorNode | Query | number, name: string, data: JsonValue = null): Promise<void> {
    const id = typeof target === "number" ? target : this.#resolve(target).id;
    this.#event(id, name, data);
    await this.settle();
  }

  /** Sends raw text as a frame, bypassing the codec (malformed input tests). */
  async sendRaw(text: string): Promise<void> {
    this.sent.push(text);
    this.#client.send(text);
    await this.settle();
  }

  /** Waits until every handler and hook started so far has finished and every frame has landed. */
  async settle(): Promise<void> {
    for (let round = 0; round < 10_000; round++) {
      const seen = this.frames.length;
      await tick(); // a timer runs after every queued microtask: frames in flight have landed
      const session = this.hub.sessions.values().next().value as Session | undefined;
      if (!session) return;
      if (session.pendingWork > 0) {
        await session.idle();
        continue;
      }
      if (this.frames.length === seen) {
        this.#ack();
        return;
      }
    }
    throw new PilotError("the app never settled (its handlers keep starting new work)");
  }

  /** Waits, up to `timeoutMs`, for a condition on the tree (tasks and timers run meanwhile). */
  async waitFor(condition: () => boolean, { timeoutMs = 5000, what = "condition" } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new PilotError(`timed out after ${timeoutMs} ms waiting for ${what}\n${this.dump()}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** An indented picture of the client tree, for failure messages. */
  dump(node: MirrorNode | undefined = this.tree.page, depth = 0): string {
    if (!node) return "(no page)";
    const props = Object.entries(node.props).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ");
    const lines = [`${"  ".repeat(depth)}${node.type}#${node.id}${props ? ` ${props}` : ""}`];
    for (const [slot, children] of Object.entries(node.slots)) {
      for (const child of children) lines.push(`${"  ".repeat(depth + 1)}[${slot}] ${this.dump(child, depth + 1).trimStart()}`);
    }
    return lines.join("\n");
  }

  /** Closes the tab: the session ends (willUnmount, onClose) and the pilot settles. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#client.close(1000, "pilot closed");
    await tick();
    await this.hub.close();
  }

  #resolve(target: MirrorNode | Query): MirrorNode {
    return "id" in target && "slots" in target ? (target as MirrorNode) : this.get(target as Query);
  }

  #interactive(target: MirrorNode | Query): MirrorNode {
    const node = this.#resolve(target);
    for (let n: MirrorNode | undefined = node; n; n = n.parent) {
      if (n.props.disabled === true) throw new PilotError(`${node.type} "${textOf(node)}" is disabled`);
      if (n.props.visible === false) throw new PilotError(`${node.type} "${textOf(node)}" is hidden`);
    }
    return node;
  }

  async #user(target: MirrorNode | Query, name: string, data: JsonValue): Promise<void> {
    const node = this.#interactive(target);
    const handler = `on${name[0]!.toUpperCase()}${name.slice(1)}`;
    if (node.props[handler] !== true) throw new PilotError(`${node.type} "${textOf(node)}" has no ${handler} handler`);
    await this.#sendEvent(node, name, data);
  }

  async #sendEvent(node: MirrorNode, name: string, data: JsonValue): Promise<void> {
    this.#event(node.id, name, data);
    await this.settle();
  }

  /** Numbers an event and sends it, or keeps it for after the resume while disconnected. */
  #event(id: number, name: string, data: JsonValue): void {
    const text = encodeFrame([ClientAction.event, { seq: ++this.#seq, id, name, data }]);
    this.#unacked.push({ seq: this.#seq, text });
    if (this.#welcomed) {
      this.sent.push(text);
      this.#client.send(text);
    }
  }

  #send(frame: ClientFrame): void {
    const text = encodeFrame(frame);
    this.sent.push(text);
    this.#client.send(text);
  }

  #ack(): void {
    if (this.#lastPatch && !this.#closed) this.#send([ClientAction.ack, { seq: this.#lastPatch }]);
  }

  #receive(text: string): void {
    const decoded = decodeServerFrame(text);
    if (!decoded.ok) throw new PilotError(`the server sent a bad frame: ${decoded.message}`);
    const frame = decoded.frame;
    this.frames.push({ text, bytes: new TextEncoder().encode(text).length, frame });
    switch (frame[0]) {
      case ServerAction.welcome: {
        const body = frame[1];
        this.#token = body.token;
        this.#lastPatch = body.seq;
        this.#welcomed = true;
        this.#unacked = this.#unacked.filter((e) => e.seq > body.ack);
        for (const event of this.#unacked) {
          this.sent.push(event.text);
          this.#client.send(event.text);
        }
        break;
      }
      case ServerAction.patch: {
        if (frame[1].seq !== this.#lastPatch + 1) throw new PilotError(`patch ${frame[1].seq} arrived after ${this.#lastPatch}`);
        this.#lastPatch = frame[1].seq;
        this.tree.apply(frame[1].ops);
        for (const op of frame[1].ops) if (op[0] === Op.call) this.#answerCall(op);
        break;
      }
      case ServerAction.ack:
        this.#unacked = this.#unacked.filter((e) => e.seq > frame[1].seq);
        break;
      case ServerAction.ping:
        this.#send([ClientAction.pong, {}]);
        break;
    }
  }

  /** Answers a server-to-client call as the browser would: `focus` works on any control on screen. */
  #answerCall(op: CallOp): void {
    const [, call, id, method] = op;
    const node = this.tree.get(id);
    if (!node) this.#send([ClientAction.reply, { call, ok: false, error: `control ${id} is not on screen` }]);
    else if (method === "focus") {
      this.focusedId = id;
      this.#send([ClientAction.reply, { call, ok: true, data: true }]);
    } else this.#send([ClientAction.reply, { call, ok: false, error: `${node.type} has no method ${method}` }]);
  }
}

function describeQuery(query: Query): string {
  const parts: string[] = [];
  if (query.type) parts.push(`type ${typeof query.type === "function" ? query.type.name : query.type}`);
  if (query.text !== undefined) parts.push(`text ${String(query.text)}`);
  if (query.key !== undefined) parts.push(`key ${query.key}`);
  return parts.join(", ") || "anything";
}

/** The server's tree in the mirror's shape, for comparing the two. */
export function serverTreeOf(control: Control): unknown {
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(control[PROPS])) props[name] = typeof value === "function" ? true : value;
  const slots: Record<string, unknown[]> = {};
  for (const [name, slot] of Object.entries(control[SLOTS] ?? {})) if (slot.items.length) slots[name] = slot.items.map(serverTreeOf);
  return { id: control[ID], props, slots };
}

/** The mirror's tree in the same shape as `serverTreeOf` (props equal to their default left out). */
export function mirrorTreeOf(node: MirrorNode): unknown {
  const slots: Record<string, unknown[]> = {};
  for (const [name, children] of Object.entries(node.slots)) if (children.length) slots[name] = children.map(mirrorTreeOf);
  const defaults = specForType(node.type)?.defaults ?? {};
  const props: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.props)) if (!Object.is(value, defaults[name] ?? null)) props[name] = value;
  return { id: node.id, props, slots };
}
