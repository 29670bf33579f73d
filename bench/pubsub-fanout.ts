/**
 * `pubsub-fanout`: one `page.pubsub.sendAll` reaching 1,000 subscribed sessions, each updating a
 * Text in its handler, timed until every client has its patch; against the same raw-`ws` floor
 * as `broadcast` (the same bytes written to 1,000 sockets). Goal: at most 1.5× the floor.
 */
import type { Benchmark, Scale } from "./benchmark.js";
import { timeAgainstFloor, type BroadcastOptions } from "./broadcast.js";

const SIZES: Record<Scale, BroadcastOptions> = {
  full: { sessions: 1000, rounds: 17 },
  smoke: { sessions: 4, rounds: 2 },
};

export const pubsubFanout: Benchmark = {
  name: "pubsub-fanout",
  metrics: ["pubsub_fanout_1000_ms", "pubsub_fanout_floor_1000_ms"],
  async run(scale) {
    const { weft, floor } = await timeAgainstFloor("pubsub", SIZES[scale]);
    return { metrics: { pubsub_fanout_1000_ms: weft, pubsub_fanout_floor_1000_ms: floor }, notes: [] };
  },
};
