/** The pub/sub adapter contract over `BroadcastPubSub`, two ends standing for two tabs' workers on one BroadcastChannel. */
import { describePubSubContract } from "../pubsub.contract.js";
import { BroadcastPubSub } from "../../src/worker/broadcast-pubsub.js";

let n = 0;
describePubSubContract("BroadcastChannel (two workers)", async () => {
  const name = `weft:test-${process.pid}-${++n}`;
  return { a: new BroadcastPubSub(name, { onListenerError: () => {} }), b: new BroadcastPubSub(name, { onListenerError: () => {} }) };
});
