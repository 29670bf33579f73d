/**
 * How frames reach the sockets. Two measures for a server that sends one change to thousands of
 * sessions at once (issue 6, the broadcast profile):
 *
 * - **Shared bytes.** A run of sends of the same text is encoded to UTF-8 once; `ws` writes a
 *   Buffer as is and never changes it, so every socket can share it. Large frames are not kept.
 * - **Writes at the end of the task.** The task's first frame is written at once; the ones after
 *   it are queued and written once the task's synchronous work is done (one microtask), in send
 *   order. A loop that updates 5,000 sessions then runs Weft's code for all of them, then the
 *   socket writes, instead of alternating the two: each write runs deep into the kernel and
 *   evicts the caches the next session's update would have used. Measured: 56 → 43 ms to reach
 *   5,000 sessions (decision 0013). A reply to a single event goes out without waiting.
 */
import { WebSocket } from "./ws-package.js";

/** Frames up to this size keep their encoded bytes for the next send of the same text. */
const SHARED_BYTES_MAX = 16 * 1024;
let lastFrame = "";
let lastBytes: Buffer | undefined;

/** The bytes to write for `frame`: the ones made for the last send when it was the same text. */
export function frameBytes(frame: string): Buffer | string {
  if (frame.length > SHARED_BYTES_MAX) return frame;
  if (frame !== lastFrame || !lastBytes) {
    lastFrame = frame;
    lastBytes = Buffer.from(frame);
  }
  return lastBytes;
}

/** A socket whose writes wait in the queue, and learns when they leave it. */
export interface QueuedWriter {
  readonly socket: WebSocket;
  /** A frame of `bytes` waits in the queue. */
  queued(bytes: number): void;
  /** That frame was handed to the socket (or dropped, the socket being closed). */
  written(bytes: number): void;
}

const TEXT_FRAME = { binary: false };
/** A queue longer than this is released after it is written rather than kept for the next task. */
const KEPT = 4096;

/** Parallel arrays, not an object per write: a broadcast queues thousands. */
const writers: (QueuedWriter | undefined)[] = [];
const frames: (Buffer | string | undefined)[] = [];
let waiting = 0;

/** Whether a frame was written or queued in the current task (until `writeQueued` runs). */
let busy = false;

/**
 * Writes `data` to `writer`'s socket: at once when it is the task's first frame (a reply to one
 * click waits for nothing), else queued to be written at the end of the task with the others.
 * Either way a socket gets its frames in the order they were sent: nothing is written at once
 * while anything waits in the queue.
 */
export function sendFrame(writer: QueuedWriter, data: Buffer | string): void {
  if (!busy) {
    busy = true;
    queueMicrotask(writeQueued);
    write(writer, data);
    return;
  }
  writer.queued(data.length);
  writers[waiting] = writer;
  frames[waiting++] = data;
}

function write(writer: QueuedWriter, data: Buffer | string): void {
  if (writer.socket.readyState !== WebSocket.OPEN) return;
  try {
    writer.socket.send(data, TEXT_FRAME);
  } catch {
    // A socket that fails a write reports it through its own error and close events; the queue
    // goes on with the other sockets' frames.
  }
}

/** Writes everything queued, in order. Also called before a socket closes, so no frame is lost. */
export function writeQueued(): void {
  for (let i = 0; i < waiting; i++) {
    const writer = writers[i]!;
    const data = frames[i]!;
    writers[i] = undefined;
    frames[i] = undefined;
    write(writer, data);
    writer.written(data.length);
  }
  waiting = 0;
  busy = false;
  if (writers.length > KEPT) {
    writers.length = 0;
    frames.length = 0;
  }
}
