/**
 * The in-memory transport: two connected `Connection` ends. Frames are delivered in order on the
 * microtask queue, as a socket would deliver them: asynchronously, never re-entrantly.
 */
import type { Connection } from "../protocol/index.js";

class MemoryEnd implements Connection {
  peer!: MemoryEnd;
  closed = false;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};
  readonly bufferedAmount = 0;
  readonly remoteAddress = "memory";

  send(frame: string): void {
    if (this.closed) return;
    const peer = this.peer;
    queueMicrotask(() => {
      if (!peer.closed) peer.onMessage(frame);
    });
  }

  close(code = 1000, reason = ""): void {
    if (this.closed) return;
    this.closed = true;
    const peer = this.peer;
    queueMicrotask(() => {
      this.onClose(code, reason);
      if (!peer.closed) {
        peer.closed = true;
        peer.onClose(code, reason);
      }
    });
  }
}

/** A connected pair: what one end sends, the other receives. */
export function memoryConnectionPair(): [Connection, Connection] {
  const a = new MemoryEnd();
  const b = new MemoryEnd();
  a.peer = b;
  b.peer = a;
  return [a, b];
}
