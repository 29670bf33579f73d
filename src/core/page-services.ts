/**
 * What a page reaches through its session: messages between sessions (`pubsub`), who is here
 * (`presence`), the session's, the browser's and the user's storage, what a move restored, and
 * the calls that send (`update`, `runTask`, `download`). `Page` is the one class built on it.
 */
import { STORAGE_METHOD, type JsonValue } from "../protocol/index.js";
import { ClientStorage } from "./client-storage.js";
import { Control } from "./control.js";
import { startDownload, type DownloadOptions, type DownloadSource } from "./page-download.js";
import type { Presence } from "./presence.js";
import type { PubSub } from "./pubsub.js";
import type { Session } from "./session.js";
import type { SessionStore } from "./session-store.js";
import type { UserStorage } from "./user-storage.js";

export abstract class PageServices extends Control {
  #session: Session;
  #clientStorage: ClientStorage | undefined;
  #sessionStorage: ClientStorage | undefined;

  constructor(session: Session) {
    super();
    this.#session = session;
  }

  /**
   * Messages between this app's sessions (Flet's `page.pubsub`): `subscribe`, `sendAll`,
   * `sendOthers`, their `…Topic` forms and `unsubscribe…`. Type the messages with
   * `page.pubsub.typed<ChatMessage>()`. A session that ends is unsubscribed by itself.
   */
  get pubsub(): PubSub {
    return this.#session.pubsub;
  }

  /**
   * Who is here, by topic: `track(topic, meta)`, `untrack(topic)`, `list(topic)`, and `onChange`
   * with who joined and left. A session that ends leaves by itself. One process (docs/pubsub.md).
   */
  get presence(): Presence {
    return this.#session.presence;
  }

  /**
   * Values kept for this session on the server (Flet's `page.session.store`): `get`, `set`,
   * `has`, `delete`, `keys`, `clear`. They last as long as the session, across a dropped
   * connection and its resume. Type them with `page.session.typed<{ user: string }>()`.
   */
  get session(): SessionStore {
    return this.#session.store;
  }

  /**
   * The browser's localStorage for this app (Flet's `page.client_storage`), async: `get`, `set`,
   * `has`, `delete`, `keys(prefix?)`, `clear()`. JSON values, namespaced by the `storageKey`
   * option, so another app on the origin never sees or clears them (docs/storage.md).
   */
  get clientStorage(): ClientStorage {
    return (this.#clientStorage ??= new ClientStorage((args) => this.#session.call(this, STORAGE_METHOD, args), "local", this.#session.storageKey));
  }

  /** Like `clientStorage`, over the tab's sessionStorage: it lasts as long as the browser tab. */
  get sessionStorage(): ClientStorage {
    return (this.#sessionStorage ??= new ClientStorage((args) => this.#session.call(this, STORAGE_METHOD, args), "session", this.#session.storageKey));
  }

  /**
   * Data kept on the server for this browser (NiceGUI's `app.storage.user`), keyed by a signed
   * cookie, in the app's `userStore`: async `get`, `set`, `has`, `delete`, `keys`, `clear`.
   * Needs the `storageSecret` option outside development (docs/storage.md).
   */
  get userStorage(): UserStorage {
    return this.#session.userStorage;
  }

  /**
   * What `page.session` held when this tab moved off a draining process (`page.onMove`), for
   * `main` to pick up where the person was; undefined when this session did not come from a move.
   */
  get restored(): Readonly<Record<string, JsonValue>> | undefined {
    return this.#session.restored;
  }

  /** The session's public id (safe to log). */
  get sessionId(): string {
    return this.#session.id;
  }

  /**
   * Sends bytes, text, a file (`{ path }` inside `uploadDir` or `assetsDir`) or a stream to the
   * browser as a download, through a single-use URL (`Content-Disposition: attachment`).
   */
  download(source: DownloadSource, options?: DownloadOptions): Promise<void> {
    return startDownload(this, this.#session, source, options);
  }

  /** Sends every pending change of this session as one patch. */
  override update(): Promise<void> {
    return this.#session.update();
  }

  /**
   * Runs background work bound to this session (the counterpart of `asyncio.create_task`). The
   * signal aborts when the session ends. A throw goes to `onError`; the promise then resolves to
   * undefined, so a forgotten task never becomes an unhandled rejection.
   */
  runTask<T>(task: (signal: AbortSignal) => T | Promise<T>): Promise<T | undefined> {
    return this.#session.runTask(task);
  }
}
