/**
 * Which `Host` a request may name and which `Origin` a WebSocket may come from (decision 0016).
 * A DNS-rebinding page (evil.example, its name pointed at this server's address after it loaded)
 * reaches the server with `Host: evil.example` and, for its socket, `Origin: http://evil.example`:
 * the two agree, so comparing Origin with the request's own Host lets it in. The Host is checked
 * against the configuration first, then the Origin against that Host and `allowedOrigins`.
 */
import { isIP } from "node:net";

export interface HostPolicy {
  /** Whether a request naming `host` (its `Host` header) is answered. */
  hostAllowed(host: string | undefined): boolean;
  /** Whether a socket from `origin` may open, on a request whose `host` was allowed. */
  originAllowed(origin: string, host: string): boolean;
  /** What to tell the operator at start: off loopback with the default rule, which names need `allowedHosts`. */
  readonly startNotice: string | undefined;
}

export interface HostPolicyOptions {
  /** The interface the server listens on. */
  listenHost: string;
  /** `allowedHosts` as given, or undefined for the default. */
  allowedHosts: readonly string[] | undefined;
  allowedOrigins: readonly string[];
}

/**
 * The scheme the page is served with. The host speaks plain HTTP; behind a proxy that terminates
 * TLS the page's origin is `https://…` and is listed in `allowedOrigins`.
 */
const SCHEME = "http";

interface HostName {
  /** Lower case, without a trailing dot; an IPv6 address in brackets. */
  name: string;
  /** "" when the value names none. */
  port: string;
}

const HOST_VALUE = /^(\[[0-9a-f:.]+\]|[^\s:/?#@[\]\\]+)(?::(\d{1,5}))?$/i;

/** A `Host` value (or an `allowedHosts` entry) split into name and port; undefined when malformed. */
export function parseHost(value: string): HostName | undefined {
  const bare = value.includes(":") && !value.startsWith("[") && isIP(value) === 6 ? `[${value}]` : value;
  const match = HOST_VALUE.exec(bare);
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase().replace(/\.$/, ""), port: match[2] ?? "" };
}

function isIpLiteral(name: string): boolean {
  return isIP(name.startsWith("[") ? name.slice(1, -1) : name) !== 0;
}

function isLoopback(name: string): boolean {
  return name === "localhost" || name === "[::1]" || (isIP(name) === 4 && name.startsWith("127."));
}

const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "[::]", ""]);
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** One `allowedHosts` entry as a test on a parsed Host. */
function matcher(entry: string): (host: HostName) => boolean {
  if (entry === "*") return () => true;
  const wanted = parseHost(entry.replace(/^\./, ""));
  if (!wanted) return () => false;
  const anySubdomain = entry.startsWith(".");
  return (host) =>
    (host.name === wanted.name || (anySubdomain && host.name.endsWith(`.${wanted.name}`))) && (wanted.port === "" || host.port === wanted.port);
}

/** An origin in its normal form (`http://localhost:8550`), or undefined when it is none. */
function normalOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

export function hostPolicy(options: HostPolicyOptions): HostPolicy {
  const listen = parseHost(options.listenHost)?.name ?? options.listenHost.toLowerCase();
  const loopback = isLoopback(listen);
  const entries =
    options.allowedHosts ?? [...new Set([...(WILDCARD_ADDRESSES.has(listen) ? [] : [listen]), ...LOOPBACK_NAMES])];
  const matchers = entries.map(matcher);
  // Off loopback the server cannot know every name it is reached by, but it can take any IP
  // address: a rebinding page is always reached through a domain name (its own).
  const anyIp = options.allowedHosts === undefined && !loopback;
  const origins = new Set(options.allowedOrigins.map(normalOrigin).filter((o) => o !== undefined));
  return {
    hostAllowed(value) {
      const host = value === undefined ? undefined : parseHost(value);
      if (!host) return false;
      return (anyIp && isIpLiteral(host.name)) || matchers.some((test) => test(host));
    },
    originAllowed(value, host) {
      const origin = normalOrigin(value);
      return origin !== undefined && (origins.has(origin) || origin === normalOrigin(`${SCHEME}://${host}`));
    },
    startNotice: anyIp
      ? `[weft] listening on ${options.listenHost}: requests are answered for ${entries.join(", ")} and any IP address; set allowedHosts to the names clients use (e.g. ["app.example.com"])`
      : undefined,
  };
}
