/**
 * One counter shared by every open tab: `+` and `-` in any tab change it in all of them through
 * `page.pubsub`, and `page.presence` shows how many tabs are here. Each click travels as a change
 * (`+1`), applied by every tab as it arrives, so tabs clicking at once still agree; a new tab asks
 * the others for the current count. Open it in two tabs. On a static site the tabs of one browser
 * share it (over a BroadcastChannel).
 */
import { app, ElevatedButton, Row, Text, type Page } from "../src/index.js";

type CounterMessage = { kind: "add"; by: number } | { kind: "ask" } | { kind: "count"; value: number };

async function main(page: Page) {
  page.title = "Shared counter";
  const pubsub = page.pubsub.typed<CounterMessage>();
  let count = 0;
  let known = false;
  const counter = new Text("0", { size: 40, weight: "bold" });
  const online = new Text("Online: 1");

  const show = async () => {
    counter.value = String(count);
    await page.update();
  };

  pubsub.subscribe(async (message) => {
    if (message.kind === "add") {
      count += message.by;
      known = true;
      await show();
    } else if (message.kind === "ask") {
      if (known) await pubsub.sendOthers({ kind: "count", value: count });
    } else if (!known) {
      count = message.value;
      known = true;
      await show();
    }
  });

  const presence = page.presence.typed<{ joined: number }>();
  presence.onChange = async () => {
    online.value = `Online: ${presence.list("counter").length}`;
    await page.update();
  };
  presence.track("counter", { joined: Date.now() });

  await page.add(
    counter,
    new Row([
      new ElevatedButton("-", { onClick: () => pubsub.sendAll({ kind: "add", by: -1 }) }),
      new ElevatedButton("+", { onClick: () => pubsub.sendAll({ kind: "add", by: 1 }) }),
    ]),
    online,
  );
  await pubsub.sendOthers({ kind: "ask" });
}

app(main);
