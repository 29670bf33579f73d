/**
 * The floors' server: plain `node:http` serving one hand-written page at `/`, and a raw `ws`
 * endpoint at `/ws`. No framework, no codec, no session: what any realtime page costs at least.
 *
 * The page is sent with the same security headers as a Weft page, its inline scripts allowed by
 * their hashes: a browser treats a page differently by its headers (with `Cross-Origin-Opener-
 * Policy` a fresh tab must swap to a new renderer process, 15–25 ms here), and the floors measure
 * the framework's cost, not the policy's.
 */
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { securityHeaders } from "../src/server/security-headers.js";

/** The CSP sources (`'sha256-…'`) that allow the inline scripts of `html`. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`);
}

/**
 * A floor's page: an empty `#root`, and an inline script that opens a socket to `/ws` and runs
 * `onMessage` (JavaScript with the message event as `e`) for each message.
 */
export function floorPage(onMessage: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title></head>
<body><div id="root"></div>
<script>
const ws = new WebSocket("ws://" + location.host + "/ws");
ws.onmessage = (e) => {
${onMessage}
};
</script></body></html>`;
}

export interface FloorServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface FloorServerOptions {
  /** The page served at `/`. */
  html: string;
  /** Called for each WebSocket that opens on `/ws`. */
  onSocket?: (socket: WebSocket) => void;
  /** Other files to serve, by path (a library the page loads, as ECharts for `chart-append`'s floor). */
  files?: Record<string, { type: string; body: Uint8Array }>;
}

export async function startFloorServer(options: FloorServerOptions): Promise<FloorServer> {
  const security = securityHeaders(inlineScriptHashes(options.html));
  const http = createServer((req, res) => {
    if (req.url === "/" || req.url?.startsWith("/?")) {
      res.writeHead(200, { ...security, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).end(options.html);
    } else if (req.url && Object.hasOwn(options.files ?? {}, req.url)) {
      const file = options.files![req.url]!;
      res.writeHead(200, { ...security, "Content-Type": file.type, "Cache-Control": "no-store" }).end(file.body);
    } else res.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server: http, path: "/ws" });
  wss.on("connection", (socket) => {
    socket.on("error", () => {});
    options.onSocket?.(socket);
  });
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(0, "127.0.0.1", resolve);
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}
