/**
 * One session of an app with no network and no client: the `SessionHub` behind a
 * `SinkConnection`. For the figures that are the server's CPU and bytes alone.
 */
import { SessionHub, type AppMain } from "../src/core/index.js";
import { ClientAction, PROTOCOL_VERSION, ServerAction } from "../src/protocol/index.js";
import { quietLogger } from "./serve-app.js";
import { SinkConnection } from "./sink-connection.js";

export interface Headless {
  readonly connection: SinkConnection;
  /** Acknowledges every patch sent so far, as the browser client does, so replay buffers drain. */
  ackAll(): void;
  close(): Promise<void>;
}

/** Starts `main` in a fresh session; resolves once `main` has finished. */
export async function startHeadless(main: AppMain): Promise<Headless> {
  let finished!: () => void;
  let failed!: (thrown: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const hub = new SessionHub(
    async (page) => {
      try {
        await main(page);
        finished();
      } catch (thrown) {
        failed(thrown);
      }
    },
    { logger: quietLogger },
  );
  const connection = new SinkConnection();
  hub.accept(connection);
  connection.deliver([ClientAction.hello, { v: PROTOCOL_VERSION, width: 1280, height: 720, route: "/" }]);
  await ready;
  let lastSeq = 0;
  return {
    connection,
    ackAll() {
      const frame = JSON.parse(connection.last) as [string, { seq?: number }];
      if (frame[0] !== ServerAction.patch || frame[1].seq === undefined || frame[1].seq <= lastSeq) return;
      lastSeq = frame[1].seq;
      connection.deliver([ClientAction.ack, { seq: lastSeq }]);
    },
    async close() {
      connection.close();
      await hub.close();
    },
  };
}
