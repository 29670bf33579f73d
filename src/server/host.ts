/**
 * The Node host: one HTTP server and one WebSocket endpoint per hosted app. It serves the page and
 * the client's assets to requests whose Host it answers to, and hands every WebSocket that passes
 * the endpoint's checks (upgrade.ts) to the app's `SessionHub`, which gives each tab its own
 * session. What guards the server against its clients is in http-guard.ts.
 */
import type { AddressInfo } from "node:net";
import { ThrottledWarnings } from "./throttled-warnings.js";
import { mountApps } from "./handler.js";
import type { HostedApp, HostOptions } from "./host-types.js";
import { guardedServer } from "./http-guard.js";
import { listen } from "./listen.js";
import type { AppHandle } from "./options.js";
import { guardProcess, type HostGuards } from "./process-guards.js";

export type { HostedApp, HostOptions } from "./host-types.js";

/** What `startHost` resolves to: the app's handle, and what `app()` needs to stop on a signal. */
export interface HostHandle extends AppHandle {
  /** Like `close()`; resolves true when `shutdownTimeoutMs` forced it (a session's work never finished). */
  shutdown(): Promise<boolean>;
  /** Hands the process's SIGTERM/SIGINT to the watchdog too, so a stop is bounded even while the loop is blocked. */
  watchSignals: HostGuards["watchSignals"];
  /** Tells the watchdog that a SIGTERM starts a drain here, so it bounds no stop until a second one. */
  drainTaken: HostGuards["drainTaken"];
}

/** Starts one server hosting the given apps; resolves once it listens. */
export async function startHost(apps: HostedApp[], hostOptions: HostOptions = {}): Promise<HostHandle> {
  const mounted = await mountApps(apps, hostOptions);
  const { options, policy, log } = mounted;
  const warnings = new ThrottledWarnings(log);
  const server = guardedServer({ limits: options.http.limits, log, warnings, onRequest: mounted.listener, onUpgrade: mounted.upgrade });

  await listen(server, options.port, options.host);
  const guards = guardProcess(options, log);
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  const url = `http://${shownHost}:${port}/`;
  if (policy.startNotice) log.warn(policy.startNotice);
  let closing: Promise<void> | undefined;
  let forced = false;
  const handle: HostHandle = {
    url,
    port,
    close() {
      closing ??= (async () => {
        guards.stopping();
        forced = await mounted.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await guards.release();
      })();
      return closing;
    },
    drain: () => mounted.drain(),
    shutdown: () => handle.close().then(() => forced),
    watchSignals: guards.watchSignals,
    drainTaken: guards.drainTaken,
  };
  return handle;
}
