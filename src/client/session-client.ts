/**
 * The browser's session: the shared protocol core (`shared/client-session.ts`: hello and resume,
 * event numbering and resends, acks, reconnecting with backoff) driving the DOM. What is the
 * browser's own stays here: the `DomTree` that patches apply to, the `EventSender` that holds
 * back a field's typing, the `PatchQueue` that waits for lazy renderers, the status chip and
 * error toasts, and `window.__weft`. If the server answers a resume with another session, the
 * screen is cleared and says so, and the new session's page is rendered.
 */
import { ClientAction, DevCode, EventName, type Connection, type HelloBody, type PatchBody } from "../protocol/index.js";
import { ClientSession, type LinkState } from "../shared/client-session.js";
import { backoffDelay } from "./backoff.js";
import { DomTree } from "./dom-tree.js";
import { MarkupAdoption } from "./markup-adoption.js";
import type { EarlyConnection } from "./early-connection.js";
import { EventSender } from "./event-sender.js";
import { takeEarlyClicks } from "./first-paint.js";
import { PatchQueue } from "./patch-queue.js";
import { personMessage, type StatusView } from "./status-view.js";
import { ClientCode, reportWarning } from "./diagnostics.js";

/** What tests may read as `window.__weft`; one object, updated in place. */
export interface ClientState {
  sessionId: string | null;
  lastSeq: number;
  connected: boolean;
}

export interface SessionClientOptions {
  /**
   * Opens a new connection to the server (a WebSocket, a worker port). `hello`, when given, is the
   * connection's first frame, sent by the transport (a WebSocket carries it in its URL).
   */
  connect: (hello?: string) => Connection;
  /** A connection the boot script opened and said hello on: the session's first connection. */
  early?: EarlyConnection | undefined;
  /** The element the page is rendered into. */
  root: HTMLElement;
  status: StatusView;
  /** A new session's hello (protocol version, viewport, route), read at each hello. */
  hello: () => HelloBody;
  state: ClientState;
  /**
   * The patch a server-painted page's markup stands for (first-paint.ts): the client adopts the
   * markup's elements as it applies the patches up to it (`markup-adoption.ts`), all in one task.
   */
  adopt?: number | undefined;
}

export class SessionClient {
  readonly tree: DomTree;
  readonly #options: SessionClientOptions;
  readonly #events: EventSender;
  readonly #patches = new PatchQueue((patch) => this.#applyPatch(patch));
  readonly #session: ClientSession;
  #adoptAt: number | undefined;
  /** The patches before the one the markup stands for, held to be applied with it. */
  #held: PatchBody[] = [];

  constructor(options: SessionClientOptions) {
    this.#options = options;
    this.#adoptAt = options.adopt;
    this.#events = new EventSender((id, name, data) => this.#session.event(id, name, data));
    const adoption = options.adopt === undefined ? undefined : new MarkupAdoption(options.root);
    this.tree = new DomTree(options.root, this.#events, adoption);
    this.tree.onForget = (id) => this.#events.forget(id);
    this.tree.onReply = (reply) => this.#session.send([ClientAction.reply, reply]);
    this.#session = new ClientSession({
      connect: options.connect,
      hello: options.hello,
      early: options.early,
      retryDelay: (attempt) => backoffDelay(attempt),
      host: {
        patch: (body) => this.#patches.push(body),
        discardPending: () => {
          this.#patches.clear();
          this.#held = [];
        },
        sessionReplaced: (restarted) => {
          this.#abandonAdoption();
          this.tree.reset();
          this.#events.reset();
          // Say so rather than pass off a fresh page as the one the person left; a restart by
          // `weft run --watch` is what the developer asked for.
          if (!restarted) options.status.error("Your previous session had ended, so a new one was started.", false);
        },
        moving: () => {
          this.#events.commit();
          // Until the next process's page arrives, nothing can be clicked or typed (and lost).
          options.root.inert = true;
        },
        moved: (restarted) => {
          this.#abandonAdoption();
          this.tree.reset();
          this.#events.reset();
          if (!restarted) options.status.error("This server is restarting, so you were moved to another one.", false);
        },
        linkChanged: (link) => this.#linkChanged(link),
        serverError: ({ code, message, fatal, stack }) => {
          if (code === DevCode.problem) return options.status.devProblem(message);
          reportWarning(code, `server error: ${message}`);
          if (fatal === true) takeEarlyClicks();
          options.status.error(personMessage(code, message), fatal === true, stack);
        },
        warn: (message) => reportWarning(ClientCode.session, message),
      },
    });
  }

  /** Opens the connection (again after `pause`); does nothing while one is open or pending. */
  start(): void {
    this.#session.start();
  }

  /**
   * The page is being left (or frozen into the back/forward cache): close quietly, with no
   * "Reconnecting…" and no retry. `start()` resumes the session if the page is shown again.
   */
  pause(): void {
    this.#session.pause();
  }

  /** The page is discarded (closed, reloaded, navigated away): the server ends the session now. */
  leave(): void {
    this.#session.leave();
  }

  /** While waiting to reconnect, tries now (the browser came back online). */
  retryNow(): void {
    this.#session.retryNow();
  }

  /**
   * The tab is back in front (or unfrozen): timers may have been throttled for minutes, so a link
   * that went quiet is not trusted; reconnect at once, without waiting for backoff or the watchdog.
   */
  wake(): void {
    this.#session.wake();
  }

  #linkChanged(link: LinkState): void {
    const state = this.#options.state;
    state.connected = link === "connected";
    if (link === "connected") {
      this.#options.root.inert = false;
      state.sessionId = this.#session.sessionId ?? null;
      state.lastSeq = this.#session.lastSeq;
    }
    this.#options.status.reconnecting(link === "reconnecting");
    if (link === "connected") this.#options.status.devProblem(undefined);
  }

  #applyPatch(body: PatchBody): void {
    const adoptAt = this.#adoptAt;
    if (adoptAt === undefined) return this.#applyOne(body);
    // The markup shows the page as of patch `adoptAt`: the ones before it apply in the same task
    // as it, so no earlier state of the page ever shows.
    this.#held.push(body);
    if (body.seq < adoptAt) return;
    for (const patch of this.#held.splice(0)) this.#applyOne(patch);
    this.#adopted();
  }

  #applyOne(body: PatchBody): void {
    this.tree.apply(body.ops);
    this.#options.state.lastSeq = body.seq;
    this.#session.applied(body.seq);
  }

  /**
   * The tree has caught up with the server's markup, whose elements it adopted: the clicks held
   * meanwhile reach their controls (whose listeners are now on the very elements clicked), first,
   * as nothing after them is needed for their events; then the markup's marks go, and the
   * window's size, which the server could not know, is reported (`page.onResize` runs).
   */
  #adopted(): void {
    this.#adoptAt = undefined;
    for (const id of takeEarlyClicks()) this.tree.node(id)?.view.element.click();
    this.tree.adopted();
    this.tree.pageNode()?.send(EventName.resize, { width: Math.round(innerWidth), height: Math.round(innerHeight) });
  }

  /** The session is not the one the markup showed (a refused claim, a move): its page is built anew. */
  #abandonAdoption(): void {
    if (this.#adoptAt === undefined) return;
    this.#adoptAt = undefined;
    this.#held = [];
    this.tree.adopted(true);
    takeEarlyClicks();
  }
}
