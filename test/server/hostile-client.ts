/**
 * What the hostile-HTTP tests share: an app to attack, a raw `net` client that sends exact bytes,
 * and a well-behaved client (a page GET and a WebSocket hello that gets its first patch) that must
 * still be served after each attack.
 */
import assert from "node:assert/strict";
import { get } from "node:http";
import { connect, type Socket } from "node:net";
import { WebSocket } from "ws";
import { appAsync, Text, type AppHandle, type AppOptions, type Logger } from "../../src/index.js";

export const HELLO = JSON.stringify(["hello", { v: 1, width: 800, height: 600, route: "/" }]);

/** A logger that keeps what it is told. */
export function recordingLogger(): { logger: Logger; warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { logger: { info() {}, warn: (m) => void warnings.push(m), error: (m) => void errors.push(m) }, warnings, errors };
}

/** An app that shows one Text, on a free port; sessions of closed sockets expire at once. */
export function startApp(options: AppOptions = {}): Promise<AppHandle> {
  return appAsync((page) => page.add(new Text("still here")), {
    port: 0,
    view: "none",
    sessionTimeout: 50,
    maxSessionsPerClient: 10_000,
    ...options,
  });
}

export interface RawOptions {
  /** Reset the connection right after writing, as a client that vanishes does. */
  reset?: boolean;
  /** The source address (any of 127/8 works on Linux). */
  localAddress?: string;
  /** Give up waiting after this long, in ms, and destroy the socket. */
  waitMs?: number;
}

export interface RawResult {
  /** Everything the server sent. */
  response: string;
  /** Whether the server closed the connection (rather than this client giving up). */
  closedByServer: boolean;
}

/** Opens a raw TCP connection. */
export function rawSocket(port: number, localAddress = "127.0.0.1"): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1", localAddress });
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Sends `bytes` on a new connection and collects the answer until the server closes or `waitMs` passes. */
export async function rawExchange(port: number, bytes: string | Buffer, options: RawOptions = {}): Promise<RawResult> {
  const socket = await rawSocket(port, options.localAddress);
  socket.on("error", () => {});
  const chunks: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => chunks.push(chunk));
  socket.write(bytes);
  if (options.reset) {
    socket.resetAndDestroy();
    return { response: "", closedByServer: false };
  }
  const closedByServer = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), options.waitMs ?? 2000);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  socket.destroy();
  return { response: Buffer.concat(chunks).toString("latin1"), closedByServer };
}

/** An HTTP/1.1 request as raw text, headers in order. */
export function request(line: string, headers: [string, string][]): string {
  return `${line}\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`;
}

/** The handshake headers of a WebSocket upgrade. */
export function upgradeHeaders(port: number, extra: [string, string][] = []): [string, string][] {
  return [
    ["Host", `127.0.0.1:${port}`],
    ["Connection", "Upgrade"],
    ["Upgrade", "websocket"],
    ["Sec-WebSocket-Version", "13"],
    ["Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="],
    ...extra,
  ];
}

/** The status code of a raw response, or undefined when there was none. */
export function statusOf(response: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(response);
  return match ? Number(match[1]) : undefined;
}

/** A page GET, from `localAddress`: its status, headers and body. */
export function getPage(port: number, path = "/", localAddress = "127.0.0.1", headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get({ host: "127.0.0.1", port, path, localAddress, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/** Opens a WebSocket from `localAddress` and says hello; resolves to the open socket once its first patch came. */
export function helloSocket(port: number, localAddress = "127.0.0.1"): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`, { localAddress });
    const timer = setTimeout(() => reject(new Error("no first patch within 5 s")), 5000);
    ws.once("open", () => ws.send(HELLO));
    ws.on("message", (data) => {
      if (!String(data).startsWith('["patch",')) return;
      clearTimeout(timer);
      assert.match(String(data), /still here/);
      resolve(ws);
    });
    ws.once("unexpected-response", (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once("error", reject);
  });
}

/** A well-behaved client from `localAddress` gets the page and, over a WebSocket, its first patch. */
export async function assertServed(port: number, localAddress = "127.0.0.1"): Promise<void> {
  const page = await getPage(port, "/", localAddress);
  assert.equal(page.status, 200);
  assert.match(page.body.toString(), /id="weft-root"/);
  const ws = await helloSocket(port, localAddress);
  ws.close();
}
