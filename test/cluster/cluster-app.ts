/**
 * The app `cluster.test.ts` runs as each of its Weft processes behind HAProxy: a chat room on
 * `page.pubsub` with `page.presence`, and a per-browser click count in `page.userStorage`, all on
 * one Redis (`weftjs/redis`). It shows which process serves it and its route, and keeps a
 * half-typed draft across a move (`page.onMove` → `page.restored`).
 *
 * Env: WEFT_INSTANCE (its name), PORT, REDIS_URL, WEFT_STORAGE_SECRET.
 */
import { app, Column, ElevatedButton, Text, TextField, type Page } from "../../src/index.js";
import { redisPubSub, redisStore } from "../../src/redis/index.js";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`cluster-app needs ${name}`);
  return value;
};
const instance = env("WEFT_INSTANCE");

async function main(page: Page) {
  const room = page.pubsub.typed<string>();
  const clicks = page.userStorage.typed<{ clicks: number }>();
  const messages = new Column();
  const online = new Text("online: 0");
  const count = new Text(`clicks: ${(await clicks.get("clicks")) ?? 0}`);
  const draft = new TextField({ label: "Message", value: String(page.restored?.draft ?? "") });

  room.subscribe(async (text) => {
    messages.controls.push(new Text(text));
    await page.update();
  });
  const presence = page.presence.typed<{ at: string }>();
  presence.onChange = async () => {
    online.value = `online: ${presence.list("room").length}`;
    await page.update();
  };
  presence.track("room", { at: instance });
  page.onMove = () => void page.session.set("draft", draft.value);
  page.onError = () => {};

  await page.add(
    new Text(`served by ${instance} at ${page.route}`),
    online,
    count,
    new ElevatedButton("Count", {
      onClick: async () => {
        const next = ((await clicks.get("clicks")) ?? 0) + 1;
        await clicks.set("clicks", next);
        count.value = `clicks: ${next}`;
        await page.update();
      },
    }),
    draft,
    new ElevatedButton("Send", {
      onClick: async () => {
        await room.sendAll(`${instance}: ${draft.value}`);
        draft.value = "";
        await page.update();
      },
    }),
    messages,
  );
}

const url = env("REDIS_URL");
app(main, {
  port: Number(env("PORT")),
  host: "127.0.0.1",
  view: "none",
  instanceId: instance,
  drainTimeout: 1500,
  storageSecret: env("WEFT_STORAGE_SECRET"),
  pubsub: redisPubSub({ url, presenceBeatMs: 500 }),
  userStore: redisStore(url),
});
