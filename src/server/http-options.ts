/**
 * The options that guard the HTTP and WebSocket-upgrade surface (which hosts the server answers
 * to, how many connections one address may hold, how long a request may take to arrive), checked
 * like every other option: a wrong one is one clear error naming it.
 */
import { ErrorCode, WeftError } from "../core/index.js";

/** Connection caps and timeouts, every one filled in. */
export interface HttpLimits {
  maxConnectionsPerClient: number;
  maxPendingSocketsPerClient: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

/** Every HTTP limit's default, in one place (docs/reliability.md lists them). */
export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = {
  // A browser opens at most 6 connections to a host; 64 leaves room for a household or office
  // behind one NAT address without letting one client hold the server's file descriptors.
  maxConnectionsPerClient: 64,
  maxPendingSocketsPerClient: 16,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};

export const HTTP_OPTION_NAMES = ["allowedHosts", ...(Object.keys(DEFAULT_HTTP_LIMITS) as (keyof HttpLimits)[])] as const;

export interface ResolvedHttpOptions {
  /** As given; undefined means the default rule of `hostPolicy`. */
  allowedHosts: string[] | undefined;
  limits: HttpLimits;
}

function bad(message: string): WeftError {
  return new WeftError(ErrorCode.badOption, message);
}

/** A host name or address, optionally with a port; `*` allows every host. */
const HOST_ENTRY = /^(\*|\.?[a-z0-9_~%-]+(\.[a-z0-9_~%-]+)*\.?|\[[0-9a-f:.]+\]|[0-9a-f:]*:[0-9a-f:.]+)(:\d{1,5})?$/i;

/** Checks the HTTP options among `given` and fills in defaults; throws a `server.bad-option` WeftError. */
export function resolveHttpOptions(given: Record<string, unknown>): ResolvedHttpOptions {
  const limits = { ...DEFAULT_HTTP_LIMITS };
  for (const name of Object.keys(DEFAULT_HTTP_LIMITS) as (keyof HttpLimits)[]) {
    const value = given[name];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
      throw bad(`${name} must be an integer of at least 1, got ${JSON.stringify(value)}`);
    }
    limits[name] = value;
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw bad(`headersTimeoutMs (${limits.headersTimeoutMs}) must not exceed requestTimeoutMs (${limits.requestTimeoutMs}): the headers are part of the request`);
  }
  const { allowedHosts } = given;
  if (allowedHosts !== undefined) {
    if (!Array.isArray(allowedHosts) || allowedHosts.length === 0 || allowedHosts.some((h) => typeof h !== "string")) {
      throw bad('allowedHosts must be a non-empty array of host names, e.g. ["app.example.com"] (["*"] allows any)');
    }
    for (const entry of allowedHosts as string[]) {
      if (!HOST_ENTRY.test(entry)) {
        throw bad(`allowedHosts entries are host names or addresses, optionally with a port ("app.example.com", "app.example.com:8443", ".example.com" for every subdomain), not URLs; got ${JSON.stringify(entry)}`);
      }
    }
  }
  return { allowedHosts: allowedHosts as string[] | undefined, limits };
}

/** Checks that each of `allowedOrigins` is an origin (`scheme://host[:port]`). */
export function checkOrigins(origins: readonly string[]): void {
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    const bare = parsed !== undefined && parsed.origin !== "null" && parsed.pathname === "/" && !parsed.search && !parsed.hash && !parsed.username;
    if (!bare || !/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/?$/i.test(origin)) {
      throw bad(`allowedOrigins entries are origins like "https://app.example.com" (scheme, host and port, no path); got ${JSON.stringify(origin)}`);
    }
  }
}
