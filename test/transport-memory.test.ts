/** The shared transport contract over the in-memory pair that headless tests and the pilot use. */
import { memoryConnectionPair } from "../src/testing/memory-connection.js";
import { describeTransportContract } from "./transport.contract.js";

describeTransportContract("memory pair", async () => {
  const [left, right] = memoryConnectionPair();
  return { left, right };
});
