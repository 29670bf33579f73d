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
  CloseCode,
  Op,
  PROTOCOL_VERSION,
  ROOT_ID,
  ServerAction,
  STORAGE_METHOD,
  type CallOp,
  type Connection,
  type JsonValue,
  type PatchBody,
  type PatchFrame,
} from "../protocol/index.js";
import type { Control } from "../core/control.js";
import { SessionHub, type AppMain, type Logger, type Page, type Session, type SnapshotSeal } from "../core/index.js";
import { ClientSession } from "../shared/client-session.js";
import { answerStorageCall } from "../shared/storage-answer.js";
import { PilotStorage } from "./pilot-storage.js";
import { memoryConnectionPair } from "./memory-connection.js";
import { MirrorTree, type MirrorNode } from "./mirror.js";
import { describeQuery, dumpTree, findNodes, textOf, type Query } from "./tree-query.js";
import { PILOT_SEAL, PilotError, type LogEntry, type PilotOptions, type RecordedFrame } from "./pilot-types.js";

export { PilotError, type LogEntry, type PilotOptions, type RecordedFrame } from "./pilot-types.js";


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
  /** The client's side of the protocol, the browser's own (`shared/client-session.ts`). */
  readonly #session: ClientSession;
  readonly #browserId: string | undefined;
  readonly #seal: SnapshotSeal;
  /** The latest connection, even one the session has let go of. */
  #client!: Connection;
  #closed = false;

  constructor(main: AppMain, options: PilotOptions = {}) {
    this.#browserId = options.browserId;
    const logger: Logger = {
      info: (message) => this.logs.push({ level: "info", message }),
      warn: (message) => this.logs.push({ level: "warn", message }),
      error: (message, error) => this.logs.push({ level: "error", message, error }),
    };
    this.#seal = options.hub?.snapshotSeal ?? PILOT_SEAL;
    this.hub = new SessionHub(main, { ...options.hub, snapshotSeal: this.#seal, logger });
    const restore = options.restored === undefined ? undefined : this.#seal.seal(JSON.stringify(options.restored));
    this.#session = new ClientSession({
      connect: (hello) => this.#connect(hello),
      hello: () => ({ v: PROTOCOL_VERSION, width: options.width ?? 1280, height: options.height ?? 720, route: options.route ?? "/", ...(restore === undefined ? {} : { restore }) }),
      host: {
        patch: (body) => this.#applyPatch(body),
        sessionReplaced: () => {
          for (const slot of Object.keys(this.tree.root.slots)) this.tree.apply([[Op.clean, ROOT_ID, slot]]);
          this.focusedId = undefined;
        },
        warn: (message) => {
          throw new PilotError(message);
        },
        frame: (frame, text) => this.frames.push({ text, bytes: new TextEncoder().encode(text).length, frame }),
      },
    });
    this.#session.start();
  }

  /** Whether the pilot's connection is up. */
  get connected(): boolean {
    return this.#session.connected;
  }

  /**
   * Cuts the connection as a network drop would: the server detaches the session, and events
   * the pilot sends meanwhile wait (as the browser client queues them) until `reconnect()`.
   * With `silent`, the server is not told (a half-open link): what it sends meanwhile is lost.
   */
  async drop({ silent = false } = {}): Promise<void> {
    const client = this.#session.detach();
    if (!silent) client?.close(1006, "pilot dropped the connection");
    await tick();
  }

  /** Opens a new connection and resumes the session with its token, as the browser client does. */
  async reconnect(): Promise<void> {
    this.#session.start();
    await this.settle();
  }

  /** A new in-memory connection to the hub, its sends recorded in `sent`. */
  #connect(hello: string | undefined): Connection {
    const [server, client] = memoryConnectionPair();
    const send = client.send.bind(client);
    client.send = (text) => {
      this.sent.push(text);
      send(text);
    };
    this.#client = client;
    this.hub.accept(server, undefined, this.#browserId);
    if (hello !== undefined) client.send(hello);
    return client;
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
    return findNodes(this.tree, query);
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
    this.#session.event(id, name, data);
    await this.settle();
  }

  /** Sends raw text as a frame, bypassing the codec (malformed input tests). */
  async sendRaw(text: string): Promise<void> {
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
        this.#session.flushAcks();
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
  dump(node: MirrorNode | undefined = this.tree.page): string {
    return dumpTree(node);
  }

  /**
   * Moves the tab as a draining process does (docs/deploy.md): the hub drains, the client sends
   * what it holds and says bye, `page.onMove` runs, the session ends. Resolves to what would
   * travel (`page.session`'s JSON values) for `runApp(main, { restored })`; undefined for nothing.
   */
  async move(): Promise<Record<string, JsonValue> | undefined> {
    this.hub.drain();
    await this.hub.moveAll();
    await tick();
    const moved = this.frames.findLast((f) => f.frame[0] === ServerAction.moved);
    if (!moved) throw new PilotError("the tab was not moved: it was not connected");
    const restore = (moved.frame[1] as { restore?: string }).restore;
    return restore === undefined ? undefined : (JSON.parse(this.#seal.open(restore)) as Record<string, JsonValue>);
  }

  /** Closes the tab: the session ends (willUnmount, onClose) and the pilot settles. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#session.detach();
    this.#session.close(); // no event, ack or reconnect after this
    this.#client.close(CloseCode.normal, "pilot closed"); // the latest connection, even one dropped silently
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
    this.#session.event(node.id, name, data);
    await this.settle();
  }

  #applyPatch(body: PatchBody): void {
    this.tree.apply(body.ops);
    for (const op of body.ops) if (op[0] === Op.call) this.#answerCall(op);
    this.#session.applied(body.seq);
  }

  /**
   * The browser's localStorage and sessionStorage, as the pilot's page has them: a test may read
   * them, or write there what a tampered browser would hold.
   */
  readonly localStorage = new PilotStorage();
  readonly sessionStorage = new PilotStorage();

  #answerStorage([, call, , , args]: CallOp): void {
    try {
      const data = answerStorageCall(args as JsonValue[], (area) => (area === "local" ? this.localStorage : this.sessionStorage));
      this.#session.send([ClientAction.reply, { call, ok: true, data }]);
    } catch (error) {
      this.#session.send([ClientAction.reply, { call, ok: false, error: String((error as Error)?.message ?? error) }]);
    }
  }

  /** Answers a server-to-client call as the browser would: `focus` works on any control on screen. */
  #answerCall(op: CallOp): void {
    const [, call, id, method] = op;
    const node = this.tree.get(id);
    if (!node) this.#session.send([ClientAction.reply, { call, ok: false, error: `control ${id} is not on screen` }]);
    else if (method === STORAGE_METHOD) this.#answerStorage(op);
    else if (method === "focus") {
      this.focusedId = id;
      this.#session.send([ClientAction.reply, { call, ok: true, data: true }]);
    } else this.#session.send([ClientAction.reply, { call, ok: false, error: `${node.type} has no method ${method}` }]);
  }
}
