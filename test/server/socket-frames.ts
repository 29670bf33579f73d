/** What a server test's raw socket receives: its frames, until enough have come or it closes. */
import type { WebSocket } from "ws";

/** The frames `ws` receives until `count` have come or it closes, and how it closed. */
export function collectFrames(ws: WebSocket, count: number): Promise<{ frames: string[]; close?: [number, string] }> {
  const frames: string[] = [];
  return new Promise((resolve) => {
    ws.on("message", (data) => {
      frames.push(String(data));
      if (frames.length === count) resolve({ frames });
    });
    ws.once("close", (code, reason) => resolve({ frames, close: [code, String(reason)] }));
  });
}
