/**
 * The static site's host, inside the app's Web Worker. The page opens each connection by posting
 * a `weft.connect` signal with a fresh `MessagePort`; the host wraps the port as a `Connection`
 * and hands it to the app's `SessionHub`, which runs the handshake and the session exactly as
 * the Node host does for a WebSocket. Ports that arrive before the app has called `app(main)`
 * wait unstarted, so no frame is lost while the app's module is still loading.
 */
import { isPortSignal, PortSignal, type PortFarewellMessage } from "../protocol/index.js";
import { consoleLogger, SessionHub, type AppMain, type HubOptions, type Logger } from "../core/index.js";
import { portConnection, type MessagePortLike } from "./port-connection.js";

/** A message event as the host reads it: the worker's own, or a stand-in in tests. */
export interface HostMessageEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePortLike[];
}

/** An uncaught error event in the worker. */
export interface HostErrorEvent {
  readonly message: string;
  readonly error?: unknown;
  preventDefault(): void;
}

/** What the host needs of the worker's global scope. */
export interface WorkerScopeLike {
  addEventListener(type: "message", listener: (event: HostMessageEvent) => void): void;
  addEventListener(type: "error", listener: (event: HostErrorEvent) => void): void;
}

/** Takes connections from the page and runs one app's sessions on them. */
export class WorkerHost {
  #hub: SessionHub | undefined;
  #log: Logger = consoleLogger;
  #waiting: MessagePortLike[] = [];
  /** Posted on each connection's port before its frames (`PortSignal.farewell`); set before `attach`. */
  farewell: PortFarewellMessage | undefined;

  constructor(scope: WorkerScopeLike) {
    scope.addEventListener("message", (event) => {
      const port = event.ports[0];
      if (!isPortSignal(event.data, PortSignal.connect) || port === undefined) return;
      if (this.#hub) this.#accept(this.#hub, port);
      else this.#waiting.push(port);
    });
    // Once the app runs, a stray error (a timer callback outside runTask) is logged here and kept
    // from the page, which would otherwise take it for a worker that failed to load. Before that,
    // it is the app failing to start, and the page should hear of it.
    scope.addEventListener("error", (event) => {
      if (!this.#hub) return;
      event.preventDefault();
      this.#log.error(`[weft] uncaught error in the app's worker: ${event.message}`, event.error);
    });
  }

  /** True once an app is attached. */
  get attached(): boolean {
    return this.#hub !== undefined;
  }

  /** Runs `main` for every connection, those that waited first. One app per worker. */
  attach(main: AppMain, options: HubOptions = {}): SessionHub {
    if (this.#hub) throw new Error("this worker already runs an app; a static site holds one");
    this.#log = options.logger ?? consoleLogger;
    const hub = new SessionHub(main, options);
    this.#hub = hub;
    for (const port of this.#waiting.splice(0)) this.#accept(hub, port);
    return hub;
  }

  #accept(hub: SessionHub, port: MessagePortLike): void {
    if (this.farewell) port.postMessage(this.farewell);
    hub.accept(portConnection(port));
  }
}

/** The worker's global scope when this code runs in a Web Worker, else undefined. */
export function workerScope(): WorkerScopeLike | undefined {
  const scopeClass = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
  return typeof scopeClass === "function" && globalThis instanceof scopeClass ? (globalThis as unknown as WorkerScopeLike) : undefined;
}
