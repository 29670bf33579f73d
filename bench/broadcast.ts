/**
 * `broadcast`: one server-side change delivered to 5,000 sessions, each showing a Text that one
 * shared loop updates, timed from the trigger until every client has received its patch. The
 * floor is a raw `ws` server writing the same bytes (a frame Weft sent in the round before) to
 * 5,000 sockets. Each server runs in its own child process; the clients live here and do no
 * parsing on the timed path. Rounds alternate Weft and floor; the first of each is untimed.
 */
import type { Benchmark, Measurement, Scale } from "./benchmark.js";
import { BenchChild } from "./child.js";
import { closeClients, openClients, type ProtocolClient } from "./protocol-client.js";
import { median } from "./stats.js";

export interface BroadcastOptions {
  sessions: number;
  rounds: number;
}

const SIZES: Record<Scale, BroadcastOptions> = {
  full: { sessions: 5000, rounds: 17 },
  smoke: { sessions: 4, rounds: 2 },
};

const OPEN_TIMEOUT_MS = 90_000;
const ROUND_TIMEOUT_MS = 30_000;

/** A server under measurement: the child that is sent each tick, and every client that must see it. */
export interface Side {
  child: BenchChild;
  clients: ProtocolClient[];
}

/** Starts a `broadcast-server.ts` child of `kind` (`extra`: its further arguments) and opens `sessions` clients to it. */
export async function startSide(kind: "weft" | "pubsub" | "floor", sessions: number, extra: readonly string[] = []): Promise<Side> {
  const child = new BenchChild("broadcast-server.ts", [kind, String(sessions), ...extra]);
  try {
    const { url } = await child.next("ready", 30_000);
    const clients = await openClients({ url: String(url), count: sessions, concurrency: 100, timeoutMs: OPEN_TIMEOUT_MS, weft: kind !== "floor", readyPatches: 1 });
    return { child, clients };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/** Sends one tick and resolves with ms until every client has seen `marker`, and one frame seen. */
export async function round(side: Side, marker: string, frame: string): Promise<{ ms: number; frame: string }> {
  let left = side.clients.length;
  let sample = "";
  const seen = new Set<ProtocolClient>();
  let finish!: (at: number) => void;
  const allSeen = new Promise<number>((resolve) => (finish = resolve));
  for (const client of side.clients) {
    client.onFrame = (text) => {
      if (!text.includes(marker) || seen.has(client)) return;
      seen.add(client);
      sample ||= text;
      if (--left === 0) finish(performance.now());
    };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`broadcast: only ${side.clients.length - left} of ${side.clients.length} clients got "${marker}" within ${ROUND_TIMEOUT_MS} ms`)), ROUND_TIMEOUT_MS);
  });
  const started = performance.now();
  side.child.send({ type: "tick", value: marker, frame });
  let ended: number;
  try {
    ended = await Promise.race([allSeen, timeout]);
  } finally {
    clearTimeout(timer);
  }
  await side.child.next("ticked", ROUND_TIMEOUT_MS);
  for (const client of side.clients) {
    client.onFrame = undefined;
    client.ack();
  }
  return { ms: ended - started, frame: sample };
}

/** Times Weft's side (`kind`) against the raw-ws floor; resolves to the medians, in ms. */
export async function timeAgainstFloor(kind: "weft" | "pubsub", options: BroadcastOptions): Promise<{ weft: number; floor: number }> {
  const sides: Side[] = [];
  try {
    const weft = await startSide(kind, options.sessions);
    sides.push(weft);
    const floor = await startSide("floor", options.sessions);
    sides.push(floor);
    const weftMs: number[] = [];
    const floorMs: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      const marker = `tick ${r}`;
      const w = await round(weft, marker, `["patch",{"seq":${r + 2},"ops":[["set",2,{"value":"${marker}"}]]}]`);
      // The floor writes exactly what Weft just wrote to one of its sessions.
      const f = await round(floor, marker, w.frame);
      if (r === 0 && options.rounds > 1) continue;
      weftMs.push(w.ms);
      floorMs.push(f.ms);
    }
    return { weft: median(weftMs), floor: median(floorMs) };
  } finally {
    for (const side of sides) {
      closeClients(side.clients);
      await side.child.stop();
    }
  }
}

export async function measureBroadcast(options: BroadcastOptions): Promise<Measurement> {
  const { weft, floor } = await timeAgainstFloor((process.env.BENCH_A ?? "weft") as "weft", options);
  return { metrics: { broadcast_5000_ms: weft, broadcast_floor_5000_ms: floor }, notes: [] };
}

export const broadcast: Benchmark = {
  name: "broadcast",
  metrics: ["broadcast_5000_ms", "broadcast_floor_5000_ms"],
  run: (scale) => measureBroadcast(SIZES[scale]),
};
