/**
 * `session-heap`: V8 heap per idle session of the counter app, against the heap per bare `ws`
 * connection. The server runs in a child process with `--expose-gc`; this process opens the
 * sessions with protocol-level clients (hello, then ack of every patch, as the browser does).
 * Figure = (heap after N more sessions − heap before) / N, both after a full GC, with a few
 * sessions already open so one-time costs (compiled code, caches) are in the baseline.
 */
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { BenchChild } from "./child.js";
import { closeClients, openClients, type ProtocolClient } from "./protocol-client.js";

export interface SessionHeapOptions {
  sessions: number;
  /** Sessions opened before the baseline. */
  warmup: number;
}

const SIZES: Record<Scale, SessionHeapOptions> = {
  full: { sessions: 2000, warmup: 50 },
  // Enough sessions that their heap outweighs what a full GC may free of the baseline's own (code
  // flushed, buffers released): with 5, one smoke run measured -12 KB per session.
  smoke: { sessions: 50, warmup: 10 },
};

const OPEN_TIMEOUT_MS = 60_000;
const MEASURE_TIMEOUT_MS = 30_000;

/** Heap per connection in KB for one kind of server. */
async function heapPerConnection(kind: "weft" | "floor", options: SessionHeapOptions): Promise<number> {
  const child = new BenchChild("heap-server.ts", [kind, String(options.sessions + options.warmup)]);
  const clients: ProtocolClient[] = [];
  try {
    const { url } = await child.next("ready", 30_000);
    const open = async (count: number) => {
      const opened = await openClients({ url: String(url), count, concurrency: 50, timeoutMs: OPEN_TIMEOUT_MS, weft: kind === "weft", readyPatches: 1 });
      clients.push(...opened);
      for (const client of opened) client.ack();
      await Promise.all(opened.map((client) => client.sync()));
    };
    await open(options.warmup);
    const before = await child.request({ type: "measure" }, "measured", MEASURE_TIMEOUT_MS);
    await open(options.sessions);
    const after = await child.request({ type: "measure" }, "measured", MEASURE_TIMEOUT_MS);
    return (Number(after.heapUsed) - Number(before.heapUsed)) / options.sessions / 1024;
  } finally {
    closeClients(clients);
    await child.stop();
  }
}

export async function measureSessionHeap(options: SessionHeapOptions): Promise<Measurement> {
  const weft = await heapPerConnection("weft", options);
  const floor = await heapPerConnection("floor", options);
  return { metrics: { session_heap_kb: weft, ws_floor_heap_kb: floor }, notes: [] };
}

export const sessionHeap: Benchmark = {
  name: "session-heap",
  metrics: ["session_heap_kb", "ws_floor_heap_kb"],
  run: (scale) => measureSessionHeap(SIZES[scale]),
};
