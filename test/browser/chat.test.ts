/**
 * Many users, one app, in Chromium: two tabs of one browser are two sessions of the chat example.
 * A message sent in one appears in the other once and in order; `sendOthers` skips the sender; a
 * tab whose link is cut or goes silent misses nothing sent meanwhile (it arrives after resume);
 * the chat shows who is online (`page.presence`).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { appAsync, ElevatedButton, Text, type Page } from "../../src/index.js";
import { loadExamples } from "../../examples/gallery.js";
import { waitForTextCount } from "./example-checks.js";
import { quietLogger, TIMEOUT_MS, useBrowser } from "./harness.js";
import { startTcpProxy } from "./tcp-proxy.js";

const browser = useBrowser();

async function chatMain() {
  const chat = (await loadExamples()).find((e) => e.slug === "chat");
  assert.ok(chat, "the gallery has the chat example");
  return chat.main;
}

async function join(tab: BrowserPage, name: string): Promise<void> {
  const field = tab.getByLabel("Enter your name to join the chat");
  await field.fill(name);
  await tab.getByRole("button", { name: "Join chat" }).click();
  await waitForTextCount(tab, `${name} has joined the chat.`, 1);
}

async function say(tab: BrowserPage, text: string): Promise<void> {
  const field = tab.getByRole("textbox", { name: "Write a message..." });
  await field.fill(text);
  await field.press("Enter");
  // The handler clears the field; typing the next line before that arrives would be cleared too.
  await tab.waitForFunction((el) => (el as HTMLInputElement).value === "", await field.elementHandle(), { timeout: TIMEOUT_MS });
}

/** The chat's lines as shown: join notices and message texts, in order. */
function shownLines(tab: BrowserPage): Promise<string[]> {
  return tab.locator(".weft-text").evaluateAll((els) => els.map((el) => el.textContent ?? "").filter((t) => /joined the chat\.$|^m\d+$/.test(t)));
}

async function untilLines(tab: BrowserPage, expected: string[]): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  let shown: string[] = [];
  while (Date.now() < deadline) {
    shown = await shownLines(tab);
    if (shown.length >= expected.length) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.deepEqual(shown, expected);
}

test("chat in two tabs: each message appears in the other tab exactly once, in order; joins are announced and who is online shown", async () => {
  // sessionTimeout 200 ms: a closed tab's session ends soon after, and its user leaves.
  const handle = browser.track(await appAsync(await chatMain(), { port: 0, view: "none", logger: quietLogger, sessionTimeout: 200 }));
  const ada = await browser.open(handle.url);
  const bob = await browser.open(handle.url);
  await join(ada, "Ada");
  await join(bob, "Bob");
  await waitForTextCount(ada, "Bob has joined the chat.", 1);
  // page.presence: who is online, in both tabs; a tab that closes leaves.
  await waitForTextCount(ada, "Online: Ada, Bob", 1);
  await waitForTextCount(bob, "Online: Ada, Bob", 1);
  for (let i = 1; i <= 6; i++) await say(i % 2 ? ada : bob, `m${i}`);
  const expected = ["Ada has joined the chat.", "Bob has joined the chat.", "m1", "m2", "m3", "m4", "m5", "m6"];
  await untilLines(ada, expected);
  await untilLines(bob, expected); // every tab subscribes as it opens, so Bob saw Ada join too
  await bob.close();
  await waitForTextCount(ada, "Online: Ada", 1);
  assert.deepEqual(browser.pageErrors, []);
});

test("sendOthers reaches the other tab but not the sender", async () => {
  const handle = browser.track(
    await appAsync(
      async (page: Page) => {
        const got = new Text("got nothing");
        page.pubsub.subscribe((m) => void (got.value = `got ${String(m)}`));
        await page.add(got, new ElevatedButton("Ping others", { onClick: () => page.pubsub.sendOthers(`ping from ${page.sessionId}`) }));
      },
      { port: 0, view: "none", logger: quietLogger },
    ),
  );
  const one = await browser.open(handle.url);
  const two = await browser.open(handle.url);
  const idOne = await one.evaluate(() => window.__weft?.sessionId);
  await one.getByRole("button", { name: "Ping others" }).click();
  await two.getByText(`got ping from ${idOne}`, { exact: true }).waitFor();
  await one.getByRole("button", { name: "Ping others" }).click();
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(await one.getByText("got nothing", { exact: true }).count(), 1, "the sender got none of its own");
});

test("a tab whose link is cut, then goes silent, misses nothing the other tab sent meanwhile", async () => {
  const handle = browser.track(
    await appAsync(await chatMain(), { port: 0, view: "none", logger: quietLogger, heartbeatMs: 1000, sessionTimeout: 60_000 }),
  );
  const proxy = await startTcpProxy(handle.port);
  try {
    const ada = await browser.open(handle.url);
    const bob = await browser.open(`http://127.0.0.1:${proxy.port}/`);
    const bobSession = await bob.evaluate(() => window.__weft?.sessionId);
    await join(bob, "Bob");
    await join(ada, "Ada");
    await say(ada, "m1");
    await untilLines(bob, ["Bob has joined the chat.", "Ada has joined the chat.", "m1"]);

    proxy.cut();
    for (const m of ["m2", "m3"]) await say(ada, m); // while Bob's link is down
    await bob.waitForFunction(() => window.__weft?.connected === true, undefined, { timeout: TIMEOUT_MS });
    proxy.blackhole(); // a half-open link: found only by heartbeats
    const silentSince = Date.now();
    for (const m of ["m4", "m5"]) await say(ada, m);
    // Sent within the 2.5 s (2.5 heartbeats) before either side can notice the silence.
    assert.ok(Date.now() - silentSince < 2500, "m4 and m5 went out while the link was silent");
    await say(ada, "m6");

    await untilLines(bob, ["Bob has joined the chat.", "Ada has joined the chat.", "m1", "m2", "m3", "m4", "m5", "m6"]);
    assert.equal(await bob.evaluate(() => window.__weft?.sessionId), bobSession, "the same session throughout");
    assert.deepEqual(browser.pageErrors, []);
  } finally {
    await proxy.close();
  }
});

test("the chat's layout as in Flet's: on a desktop and a phone the list fills the page above a filled, chat-style entry whose 'Ada: ' prefix runs into the text; nothing overflows", async () => {
  const handle = browser.track(await appAsync(await chatMain(), { port: 0, view: "none", logger: quietLogger }));
  const tab = await browser.open(handle.url);
  await join(tab, "Ada");
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    await tab.setViewportSize({ width, height });
    await tab.waitForTimeout(100);
    const m = await tab.evaluate(() => {
      const field = document.querySelector(".weft-textfield--prefixed") as HTMLElement & { shadowRoot: ShadowRoot };
      const area = (field.shadowRoot.querySelector("textarea") as HTMLElement).getBoundingClientRect();
      const prefix = (field.querySelector(".weft-textfield__prefix") as HTMLElement).getBoundingClientRect();
      const list = ((document.querySelector(".weft-listview") as HTMLElement).closest(".weft-container") as HTMLElement).getBoundingClientRect();
      const send = (document.querySelector("[data-weft-type=iconbutton]") as HTMLElement).getBoundingClientRect();
      const box = field.getBoundingClientRect();
      return {
        tag: field.tagName.toLowerCase(),
        prefixText: (field.querySelector(".weft-textfield__prefix") as HTMLElement).textContent,
        gap: area.left - prefix.right,
        field: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height },
        listBottom: list.bottom,
        listLeft: list.left,
        send: { left: send.left, right: send.right },
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      };
    });
    const at = `${width}x${height}: ${JSON.stringify(m)}`;
    assert.equal(m.tag, "md-filled-text-field", at);
    assert.equal(m.prefixText, "Ada:\u00a0", at);
    assert.ok(m.gap >= 0 && m.gap <= 2, `the prefix's space is the only gap before the text; ${at}`);
    assert.ok(m.field.height >= 52 && m.field.height <= 60, `a one-line filled field is 56 px high; ${at}`);
    assert.ok(m.field.bottom <= height && m.listBottom <= m.field.top, `the entry is below the list, in the window; ${at}`);
    assert.ok(Math.abs(m.field.left - m.listLeft) <= 1, `the entry and the list's box share their left edge; ${at}`);
    assert.ok(m.send.left >= m.field.right && m.send.right <= width, `the send button sits right of the field, inside; ${at}`);
    assert.ok(m.scrollWidth <= width && m.scrollHeight <= height, `nothing overflows the window; ${at}`);
  }
});
