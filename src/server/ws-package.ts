/**
 * The `ws` package, loaded with `require`. Imported from an ES module, Node loads `ws` through
 * its ESM wrapper, which imports each of its CommonJS files from ESM (each parsed for its exports
 * and kept as a module record); loaded as CommonJS it is one `require` graph. Measured on the
 * built hello server idle (`weft build`, RSS 1 s after listening, medians of 7 alternating
 * starts): 59.3 MB with the ESM import, 57.1 MB with this (issue 20's goal is 60 MB).
 */
import { createRequire } from "node:module";
import type * as Ws from "ws";

const ws = createRequire(import.meta.url)("ws") as typeof Ws;

export const WebSocket = ws.WebSocket;
export type WebSocket = Ws.WebSocket;
export const WebSocketServer = ws.WebSocketServer;
export type WebSocketServer = Ws.WebSocketServer;
