/**
 * Answers a raw socket (one the HTTP server no longer manages: an upgrade, or a connection over its
 * cap) with a short HTTP error and closes it. Writing to a peer that has already reset fails, and
 * the socket's error listener (http-guard.ts) takes that; this never throws.
 */
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";

/** Seconds a client over a cap is told to wait (`Retry-After`). */
export const RETRY_AFTER_SECONDS = "5";

export function refuseSocket(socket: Duplex, status: number, body = "", headers: Readonly<Record<string, string>> = {}): void {
  if (socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Connection: close",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  // Destroyed once written: the server keeps no half-closed socket waiting for a peer that may
  // never close its side.
  socket.end(`${lines.join("\r\n")}\r\n\r\n${body}`, () => socket.destroy());
}
