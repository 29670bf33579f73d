/**
 * The shared transport contract over a `MessagePort` pair, with the real code of both ends: the
 * worker's (`src/worker/port-connection.ts`) on the left, the page's
 * (`src/client/worker-connection.ts`) on the right. Node's `MessageChannel` stands in for the
 * browser's; both are the same HTML structured-clone ports.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { WorkerConnection, type MessagePortLike } from "../src/client/worker-connection.js";
import { portConnection } from "../src/worker/port-connection.js";
import { describeTransportContract } from "./transport.contract.js";

const asPort = (port: MessagePort) => port as unknown as MessagePortLike;

describeTransportContract(
  "MessagePort (worker end ↔ page end)",
  async () => {
    const { port1, port2 } = new MessageChannel();
    return {
      left: portConnection(asPort(port1)),
      right: new WorkerConnection(asPort(port2)),
      async dispose() {
        port1.close();
        port2.close();
      },
    };
  },
  {
    // A page posts its hello at once; the worker may still be loading the app when it arrives.
    async makeLatePair() {
      const { port1, port2 } = new MessageChannel();
      return {
        left: new WorkerConnection(asPort(port1)),
        openRight: () => portConnection(asPort(port2)),
        async dispose() {
          port1.close();
          port2.close();
        },
      };
    },
  },
);
