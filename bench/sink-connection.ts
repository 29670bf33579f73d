/**
 * A `Connection` that keeps nothing: it counts what the server sends and remembers the last
 * frame, so a benchmark times the server's own work (flush, encode, send) and nothing of a
 * network or a client.
 */
import { encodeFrame, type ClientFrame, type Connection } from "../src/protocol/index.js";

export class SinkConnection implements Connection {
  /** Frames and UTF-16 code units the server sent. */
  frames = 0;
  chars = 0;
  /** The last frame sent. */
  last = "";
  readonly bufferedAmount = 0;
  readonly remoteAddress = "127.0.0.1";
  closed = false;
  onMessage: (frame: string) => void = () => {};
  onClose: (code: number, reason: string) => void = () => {};

  send(frame: string): void {
    this.frames++;
    this.chars += frame.length;
    this.last = frame;
  }

  close(code = 1000, reason = ""): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose(code, reason);
  }

  /** Hands a client frame to the server, as a socket's message event would. */
  deliver(frame: ClientFrame): void {
    this.onMessage(encodeFrame(frame));
  }
}
