/**
 * The client's address behind reverse proxies (option `trustProxy`, after Express's `trust
 * proxy`): the address `maxSessionsPerClient` counts. Without the option it is the socket's peer,
 * and forwarding headers are ignored, since any client can write them. With it, the chain of
 * hops is the peer, then the `X-Forwarded-For` (or `Forwarded`) entries from the right; the
 * client is the first hop that is not a trusted proxy. Each proxy appends the address it got the
 * request from, so what a client wrote itself lies left of that and is never reached (decision
 * 0018).
 */
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/**
 * Which proxies may say who the client is: `true` for proxies on this machine (loopback);
 * addresses, CIDR ranges (`"10.0.0.0/8"`) or the names `"loopback"`, `"linklocal"` and
 * `"uniquelocal"`, as a list or comma-separated; `false` for none.
 */
export type TrustProxy = boolean | string | readonly string[];

/** The header trusted proxies write the chain into. */
export type ForwardedHeader = "x-forwarded-for" | "forwarded";

/** A checked `trustProxy`: which addresses are proxies, and which header they write. */
export interface ProxyTrust {
  readonly proxies: BlockList;
  readonly header: ForwardedHeader;
}

const NAMED: Readonly<Record<string, readonly string[]>> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** Longest hop text kept as an address (a proxy that forwards something that is not one). */
const MAX_HOP_LENGTH = 64;

/**
 * Checks `trustProxy` and `forwardedHeader`; undefined when no proxy is trusted. Throws a plain
 * message naming the entry that is not an address, a range or a name.
 */
export function proxyTrust(trustProxy: unknown, header: unknown = "x-forwarded-for"): ProxyTrust | undefined {
  if (header !== "x-forwarded-for" && header !== "forwarded") {
    throw new Error(`forwardedHeader must be "x-forwarded-for" or "forwarded", got ${JSON.stringify(header)}`);
  }
  if (trustProxy === undefined || trustProxy === false) return undefined;
  const entries = trustProxy === true ? ["loopback"] : typeof trustProxy === "string" ? trustProxy.split(",") : trustProxy;
  if (!Array.isArray(entries) || entries.some((e) => typeof e !== "string")) {
    throw new Error("trustProxy must be true, false, or proxy addresses and ranges (a string or an array of strings)");
  }
  const proxies = new BlockList();
  for (const entry of (entries as string[]).map((e) => e.trim()).filter(Boolean)) {
    for (const range of NAMED[entry] ?? [entry]) addRange(proxies, range, entry);
  }
  return { proxies, header };
}

function addRange(list: BlockList, range: string, entry: string): void {
  const [address = "", prefix, extra] = range.split("/");
  const family = isIP(address);
  const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
  if (family === 0 || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
    throw new Error(`trustProxy entry ${JSON.stringify(entry)} is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`);
  }
  list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
}

/** The address of the client that made `req`: its socket's peer, or what trusted proxies say. */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust | undefined): string | undefined {
  const peer = req.socket.remoteAddress;
  if (peer === undefined) return undefined;
  let address = plainAddress(peer);
  if (!trust) return address;
  const hops = forwardedHops(req, trust.header);
  // Walk from the peer leftwards while the hop is a trusted proxy.
  for (let i = hops.length - 1; i >= 0 && isTrusted(trust.proxies, address); i--) address = hops[i]!;
  return address;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The hops a request's forwarding header lists, leftmost (furthest from us) first. */
function forwardedHops(req: IncomingMessage, header: ForwardedHeader): string[] {
  const value = req.headers[header];
  const text = Array.isArray(value) ? value.join(",") : value;
  if (!text) return [];
  const hops = header === "forwarded" ? forwardedFor(text) : text.split(",");
  return hops.map((hop) => hopAddress(hop.trim()));
}

/** The `for=` parameters of an RFC 7239 `Forwarded` header, one per element. */
function forwardedFor(text: string): string[] {
  const hops: string[] = [];
  for (const element of text.split(",")) {
    const pair = element.split(";").find((p) => p.trim().toLowerCase().startsWith("for="));
    hops.push(pair ? pair.trim().slice(4).replace(/^"|"$/g, "") : "unknown");
  }
  return hops;
}

/** A hop without its port and brackets (`[::1]:80`, `1.2.3.4:80`), or its text when not an address. */
function hopAddress(hop: string): string {
  if (isIP(hop)) return plainAddress(hop);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed && isIP(bracketed[1]!) === 6) return plainAddress(bracketed[1]!);
  const withPort = /^([\d.]+):\d+$/.exec(hop);
  if (withPort && isIP(withPort[1]!) === 4) return withPort[1]!;
  return hop.slice(0, MAX_HOP_LENGTH);
}

/** An IPv4 address mapped into IPv6 (`::ffff:1.2.3.4`) as plain IPv4, so one client counts once. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}
