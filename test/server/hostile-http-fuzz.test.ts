/**
 * Generated hostile requests (request lines, headers, upgrade targets; whole, half-sent or reset
 * at once), 300 in all: after each, a well-behaved client still gets the page and its first
 * patch, and nothing reached the server's error log.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { assertServed, rawExchange, recordingLogger, startApp } from "./hostile-client.js";

const TARGETS = ["/", "/_weft/ws", "/_weft/weft.js", "//[", "http://[", "//%", "http://a:99999/", "*", "/_weft/../../etc/passwd", "/_weft/ws?hello=%", "/_weft/ws?hello=%5B%22hello%22"];
const HEADER_NAMES = ["Host", "Origin", "Connection", "Upgrade", "Sec-WebSocket-Key", "Sec-WebSocket-Version", "Content-Length", "Transfer-Encoding", "Accept-Encoding", "If-None-Match", "Sec-WebSocket-Extensions"];
const HEADER_VALUES = ["127.0.0.1", "evil.example", "localhost", "[::1]", "upgrade", "Upgrade, keep-alive", "websocket", "13", "8", "dGhlIHNhbXBsZSBub25jZQ==", "-1", "99999999999999999999", "chunked", "null", "http://[", "permessage-deflate; client_max_window_bits=1"];

/** Printable text, with now and then a control character, CR or LF (header injection). */
const text = fc.string({ unit: fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 1 }) }, fc.constantFrom("\r", "\n", "\0", "\t", "é", "\u2028")), maxLength: 40 });

const requestLine = fc.record({
  method: fc.oneof(fc.constantFrom("GET", "HEAD", "POST", "OPTIONS", "PRI", "CONNECT", "get", ""), text),
  target: fc.oneof(fc.constantFrom(...TARGETS), text, fc.webUrl()),
  version: fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.1x", ""),
});

const header = fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADER_NAMES) }, text), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES) }, text));

const hostile = fc.record({
  line: requestLine,
  headers: fc.array(header, { maxLength: 8 }),
  /** Always upgrade-shaped: Connection and Upgrade first. */
  upgrade: fc.boolean(),
  ending: fc.constantFrom("whole", "half-sent", "reset"),
  body: fc.oneof(fc.constant(""), text),
});

type Hostile = typeof hostile extends fc.Arbitrary<infer T> ? T : never;

function bytesOf(port: number, h: Hostile): string {
  const headers: [string, string][] = [
    ...(h.upgrade ? ([["Host", `127.0.0.1:${port}`], ["Connection", "Upgrade"], ["Upgrade", "websocket"]] as [string, string][]) : []),
    ...h.headers,
  ];
  const head = `${h.line.method} ${h.line.target} ${h.line.version}\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join("")}`;
  return h.ending === "half-sent" ? head : `${head}\r\n${h.body}`;
}

test("300 generated hostile requests: the server serves a well-behaved client after each, and logs no error", async () => {
  const { logger, errors } = recordingLogger();
  // A short header timeout, so half-sent requests do not pile up against the per-address cap.
  const handle = await startApp({ logger, headersTimeoutMs: 200, requestTimeoutMs: 400 });
  try {
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        await rawExchange(handle.port, bytesOf(handle.port, h), { reset: h.ending === "reset", waitMs: 50 });
        await assertServed(handle.port);
        assert.deepEqual(errors, []);
      }),
      { numRuns: 300 },
    );
  } finally {
    await handle.close();
  }
});
