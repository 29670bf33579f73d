/** The small apps the server-side benchmarks host, written as an app author would. */
import { IconButton, Row, Text, TextField, type Page } from "../src/index.js";

/** Flet's counter: − [ n ] +. What an idle session of a typical small app holds. */
export async function counterApp(page: Page): Promise<void> {
  const field = new TextField({ value: "0", width: 100 });
  const step = (by: number) => () => {
    field.value = String(Number(field.value) + by);
  };
  await page.add(
    new Row([new IconButton("remove", { tooltip: "Less", onClick: step(-1) }), field, new IconButton("add", { tooltip: "More", onClick: step(1) })]),
  );
}

/**
 * Each session shows one Text and registers it in a shared `Set`; `broadcast` updates every one
 * of them in one loop, as a dashboard or a chat would.
 */
/**
 * The pub/sub fan-out app: every session subscribes and shows what it receives in a Text; one
 * `sendAll` from the first session reaches them all (the flush after each handler sends the patch).
 */
export function pubsubApp(): { main: (page: Page) => Promise<void>; broadcast: (value: string) => number } {
  const pages = new Set<Page>();
  return {
    async main(page) {
      const text = new Text("waiting");
      await page.add(text);
      pages.add(page);
      page.onClose = () => void pages.delete(page);
      page.pubsub.subscribe((value) => void (text.value = String(value)));
    },
    broadcast(value) {
      const sender = pages.values().next().value as Page | undefined;
      void sender?.pubsub.sendAll(value);
      return pages.size;
    },
  };
}

export function broadcastApp(): { main: (page: Page) => Promise<void>; broadcast: (value: string) => number; readonly sessions: number } {
  const live = new Set<Text>();
  return {
    async main(page) {
      const text = new Text("waiting");
      await page.add(text);
      live.add(text);
      page.onClose = () => void live.delete(text);
    },
    broadcast(value) {
      for (const text of live) {
        text.value = value;
        void text.update();
      }
      return live.size;
    },
    get sessions() {
      return live.size;
    },
  };
}
