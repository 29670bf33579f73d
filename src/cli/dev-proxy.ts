/**
 * The watcher's server under `weft run --watch`: it owns the port the browser knows and forwards
 * every request and WebSocket to the app's current child process, so a new child can start on a
 * port of its own while the old one still serves. Switching to a new child closes the tabs'
 * sockets with `CloseCode.restarted`, and they reconnect at once to the new one. While the app
 * cannot start, a page load gets an error page and a socket gets a `dev.problem` error frame
 * (the client's overlay), closed the same way once a child starts again; those answers of its
 * own follow the app's default rule for hosts and origins (decision 0016), so a page of another
 * site cannot read the problem. It also streams the type checker's errors to every tab at
 * `DevPath.types` (Server-Sent Events), which outlives the app's restarts (decision 0059).
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { connect, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { CloseCode, DevCode, DevPath, ServerAction, encodeFrame, type TypeReport } from "../protocol/index.js";
import { hostPolicy, type HostPolicy } from "../server/host-policy.js";
import { listen } from "../server/listen.js";

export interface ProxyTarget {
  host: string;
  port: number;
}

const RESTARTED_REASON = "weft: the app restarted";
/** How soon a tab's stream of type errors reconnects after the watcher went away and came back. */
const TYPE_STREAM_RETRY_MS = 1000;

export class DevProxy {
  readonly #server: Server;
  readonly #sockets = new WebSocketServer({ noServer: true });
  /** Sockets forwarded to a child: the tab's end → the child's end. */
  readonly #forwarded = new Map<Duplex, Socket>();
  /** Sockets the proxy answered itself with the problem. */
  readonly #answered = new Set<WebSocket>();
  /** The tabs' streams of type errors. */
  readonly #typeStreams = new Set<ServerResponse>();
  #typeReport: TypeReport = { errors: [] };
  #target: ProxyTarget | undefined;
  #problem: string | undefined;
  #waiting: (() => void)[] = [];
  /** What the proxy answers itself (the problem) it answers only to the app's own hosts and origins. */
  #policy: HostPolicy = hostPolicy({ listenHost: "127.0.0.1", allowedHosts: undefined, allowedOrigins: [] });

  constructor() {
    this.#server = createServer((req, res) => void this.#request(req, res));
    this.#server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.#upgrade(req, socket, head));
  }

  /** Listens on the port the browser uses; resolves to the port (useful with 0). */
  async listen(port: number, host: string): Promise<number> {
    this.#policy = hostPolicy({ listenHost: host, allowedHosts: undefined, allowedOrigins: [] });
    await listen(this.#server, port, host);
    const address = this.#server.address();
    return typeof address === "object" && address ? address.port : port;
  }

  /**
   * Forwards to `target` from now on. The tabs' open sockets are closed so they reconnect to it,
   * except, with `handOver`, those forwarded to the previous child: it moves them itself (their
   * `page.session` goes along), and they reconnect here when it tells them to.
   */
  serve(target: ProxyTarget, handOver = false): void {
    this.#target = target;
    this.#problem = undefined;
    if (handOver) this.#dropAnswered();
    else this.#dropSockets();
    this.#release();
  }

  /** The app cannot start: tabs get `problem` (`file:line:column: message`) until `serve` is called. */
  fail(problem: string): void {
    this.#target = undefined;
    this.#problem = problem;
    this.#dropSockets();
    this.#release();
  }

  /** The type checker's latest errors, sent to every tab's stream (and to each that opens later). */
  typeErrors(errors: string[]): void {
    this.#typeReport = { errors };
    for (const stream of this.#typeStreams) stream.write(typeEvent(this.#typeReport));
  }

  async close(): Promise<void> {
    for (const stream of this.#typeStreams) stream.end();
    for (const client of this.#forwarded.keys()) client.destroy();
    for (const socket of this.#answered) socket.terminate();
    this.#release();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Waits, before the first child has started or failed, for one of them to. */
  async #ready(): Promise<void> {
    if (this.#target || this.#problem !== undefined) return;
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }

  #dropSockets(): void {
    for (const [client, upstream] of this.#forwarded) {
      upstream.destroy();
      client.end(closeFrame(CloseCode.restarted, RESTARTED_REASON));
    }
    this.#forwarded.clear();
    this.#dropAnswered();
  }

  /** Closes the sockets the proxy answered itself (the problem overlay's), so they reconnect. */
  #dropAnswered(): void {
    for (const socket of this.#answered) socket.close(CloseCode.restarted, RESTARTED_REASON);
    this.#answered.clear();
  }

  async #request(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "GET" && req.url === DevPath.types) return this.#streamTypes(req, res);
    await this.#ready();
    const target = this.#target;
    if (!target && !this.#policy.hostAllowed(req.headers.host)) {
      res.writeHead(421, { "content-type": "text/plain; charset=utf-8" }).end(`This server does not answer to the host ${req.headers.host ?? "(none)"}.\n`);
      return;
    }
    if (!target) {
      res.writeHead(500, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(problemPage(this.#problem ?? "the app is not running"));
      return;
    }
    const upstream = request({ host: target.host, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end(`weft: the app's process did not answer: ${error.message}\n`);
    });
    // A browser that goes away mid-answer (a download cancelled) ends the forwarded request too.
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  }

  async #upgrade(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    client.on("error", () => client.destroy());
    await this.#ready();
    const target = this.#target;
    if (!target) {
      const host = req.headers.host;
      const origin = req.headers.origin;
      if (!this.#policy.hostAllowed(host) || (origin !== undefined && !this.#policy.originAllowed(origin, host ?? ""))) {
        client.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        return;
      }
      this.#sockets.handleUpgrade(req, client, head, (socket) => this.#answer(socket));
      return;
    }
    const upstream = connect(target.port, target.host);
    this.#forwarded.set(client, upstream);
    upstream.on("connect", () => {
      upstream.write(requestHead(req));
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    const forget = (): void => {
      if (this.#forwarded.get(client) === upstream) this.#forwarded.delete(client);
      upstream.destroy();
      client.destroy();
    };
    upstream.on("error", forget);
    upstream.on("close", forget);
    client.on("close", forget);
  }

  /** A tab's stream of type errors: the latest report at once, then each new one. */
  #streamTypes(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    if (!this.#policy.hostAllowed(req.headers.host) || (origin !== undefined && !this.#policy.originAllowed(origin, req.headers.host ?? ""))) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("This stream is for the app's own pages.\n");
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store" });
    res.write(`retry: ${TYPE_STREAM_RETRY_MS}\n${typeEvent(this.#typeReport)}`);
    this.#typeStreams.add(res);
    res.on("close", () => this.#typeStreams.delete(res));
  }

  #answer(socket: WebSocket): void {
    if (this.#problem === undefined) {
      socket.close(CloseCode.restarted, RESTARTED_REASON);
      return;
    }
    this.#answered.add(socket);
    socket.on("close", () => this.#answered.delete(socket));
    socket.send(encodeFrame([ServerAction.error, { code: DevCode.problem, message: this.#problem, fatal: false }]));
  }
}

/** The upgrade request as it arrived, headers in their original case and order. */
function requestHead(req: IncomingMessage): string {
  let head = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`;
  for (let i = 0; i < req.rawHeaders.length; i += 2) head += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
  return `${head}\r\n`;
}

/** A server's WebSocket close frame (unmasked), for a socket the proxy only forwards bytes of. */
function closeFrame(code: number, reason: string): Buffer {
  const text = Buffer.from(reason.slice(0, 100), "utf8");
  const frame = Buffer.alloc(4 + text.length);
  frame[0] = 0x88;
  frame[1] = 2 + text.length;
  frame.writeUInt16BE(code, 2);
  text.copy(frame, 4);
  return frame;
}

/** One Server-Sent Event carrying a type report (JSON has no raw newline, so it is one `data:` line). */
function typeEvent(report: TypeReport): string {
  return `data: ${JSON.stringify(report)}\n\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page a load gets while the app cannot start; it reloads itself once the app answers. */
function problemPage(problem: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weft: the app cannot start</title></head>
<body style="font-family:system-ui,sans-serif;margin:2rem">
<h1 style="font-size:1.25rem;color:#b3261e">The app cannot start</h1>
<pre id="weft-dev-problem" style="white-space:pre-wrap;background:#fdecea;padding:1rem;border-radius:8px">${escapeHtml(problem)}</pre>
<p>Fix the file and save: this page reloads by itself.</p>
<script>setInterval(function(){fetch(location.href,{method:"HEAD",cache:"no-store"}).then(function(r){if(r.ok)location.reload()},function(){})},700)</script>
</body></html>`;
}
