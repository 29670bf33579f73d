/**
 * The browser client with the real runtime: a `SessionHub` behind a bare WebSocket server, an app
 * written as an app author would, and Debian's Chromium clicking and typing. Checks that what a
 * person does reaches the app's handlers and that the widgets are the accessible elements they
 * claim to be.
 */
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page as Tab } from "playwright-core";
import { WebSocketServer } from "ws";
import { Checkbox, Column, Container, FilledButton, IconButton, Row, SessionHub, Text, TextField, type Page } from "../../src/core/index.js";
import { HELLO_PARAM, type Connection } from "../../src/protocol/index.js";
import { bootScript, clientAssets } from "../../src/server/client-assets.js";
import { renderPageHtml } from "../../src/server/page-html.js";
import { securityHeaders } from "../../src/server/security-headers.js";

const TIMEOUT_MS = 5000;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
});
after(async () => {
  await browser?.close();
});

/** Serves `main` on 127.0.0.1 and opens it in a new tab; `done` closes both. */
async function run(
  main: (page: Page) => void | Promise<void>,
  beforeLoad?: (tab: Tab) => Promise<void>,
): Promise<{ tab: Tab; requested: string[]; done: () => Promise<void> }> {
  const assets = await clientAssets();
  const boot = await bootScript();
  const security = securityHeaders([boot.hash]);
  const hub = new SessionHub(main, { logger: { info() {}, warn() {}, error: (m) => console.error(m) } });
  const http = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const asset = path.startsWith("/_weft/") ? assets.get(path.slice("/_weft/".length)) : undefined;
    if (asset) res.writeHead(200, { ...security, "Content-Type": asset.type }).end(asset.body);
    else res.writeHead(200, { ...security, "Content-Type": "text/html" }).end(renderPageHtml({ title: "t", assetBase: "/_weft/", wsPath: "/_weft/ws", boot }));
  });
  const wss = new WebSocketServer({ server: http, path: "/_weft/ws" });
  wss.on("connection", (ws, req) => {
    const connection: Connection = {
      send: (frame) => ws.send(frame),
      close: (code, reason) => ws.close(code, reason),
      onMessage: () => {},
      onClose: () => {},
      bufferedAmount: 0,
    };
    ws.on("message", (data) => connection.onMessage(data.toString()));
    ws.on("close", (code, reason) => connection.onClose(code, reason.toString()));
    // A new session's hello comes in the socket's URL, as the real host reads it (decision 0015).
    hub.accept(connection, new URL(req.url ?? "", "http://x").searchParams.get(HELLO_PARAM) ?? undefined);
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
  tab.setDefaultTimeout(TIMEOUT_MS);
  tab.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  const requested: string[] = [];
  tab.on("request", (request) => requested.push(new URL(request.url()).pathname));
  const done = async () => {
    await tab.close();
    for (const client of wss.clients) client.terminate();
    await hub.close();
    wss.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  };
  try {
    await beforeLoad?.(tab);
    // Only until the page is committed: a test may hold back a script, which delays `load`.
    await tab.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`, { waitUntil: "commit" });
  } catch (error) {
    await done();
    throw error;
  }
  return { tab, requested, done };
}

test("a handler reads field.value and checkbox.value without any onChange", async () => {
  const { tab, done } = await run(async (page) => {
    const name = new TextField({ label: "Your name" });
    const agree = new Checkbox({ label: "I agree" });
    const out = new Text("");
    await page.add(name, agree, new FilledButton("Say hello", { onClick: () => void (out.value = `Hello, ${name.value}! (${agree.value})`) }), out);
  });
  try {
    await tab.getByLabel("Your name").fill("Ada");
    await tab.getByLabel("I agree").check();
    await tab.getByRole("button", { name: "Say hello" }).click();
    await tab.getByText("Hello, Ada! (true)").waitFor();
  } finally {
    await done();
  }
});

test("resize reaches page.windowWidth; a clickable container works from the keyboard", async () => {
  const { tab, done } = await run(async (page) => {
    const size = new Text(`${page.windowWidth}x${page.windowHeight}`);
    const count = new Text("0");
    let n = 0;
    page.onResize = () => void (size.value = `${page.windowWidth}x${page.windowHeight}`);
    const card = new Container(new Text("Card"), { padding: 12, bgcolor: "primaryContainer", onClick: () => void (count.value = String(++n)) });
    await page.add(size, new Row([card, count]));
  });
  try {
    await tab.getByText("800x600").waitFor();
    await tab.setViewportSize({ width: 640, height: 480 });
    await tab.getByText("640x480").waitFor();
    const card = tab.getByRole("button", { name: "Card" });
    assert.equal(await card.evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(234, 221, 255)");
    await card.focus();
    await tab.keyboard.press("Enter");
    await tab.getByText("1", { exact: true }).waitFor();
    await tab.keyboard.press(" ");
    await tab.getByText("2", { exact: true }).waitFor();
  } finally {
    await done();
  }
});

test("widgets are real, named elements with the M3 shape", async () => {
  const { tab, done } = await run(async (page) => {
    page.title = "Widgets";
    await page.add(
      new Column(
        [
          new FilledButton("Save", { icon: "save", key: "save" }),
          new IconButton("delete", { tooltip: "Delete" }),
          new TextField({ label: "Secret", password: true, canRevealPassword: true }),
          new Text("Hidden", { visible: false }),
          new Text("Plain", { selectable: false }),
        ],
        { spacing: 24 },
      ),
    );
  });
  try {
    const save = tab.getByRole("button", { name: "Save" });
    await save.waitFor();
    assert.equal(await tab.title(), "Widgets");
    // The control's element is itself the native <button> with the role and name (the icon is not in it).
    const saveWidget = tab.locator("[data-key=save]");
    assert.equal(await tab.getByRole("button", { name: "Save", exact: true }).getAttribute("data-key"), "save");
    assert.equal(await saveWidget.evaluate((el) => el.localName), "button");
    assert.equal(await saveWidget.getAttribute("type"), "button");
    assert.deepEqual(await saveWidget.evaluate((el) => [getComputedStyle(el).height, getComputedStyle(el).borderRadius]), ["40px", "9999px"]);
    assert.equal(await tab.locator("[data-weft-type=iconbutton]").getAttribute("title"), "Delete");
    await tab.getByRole("button", { name: "Delete" }).waitFor();
    const secret = tab.getByLabel("Secret", { exact: true });
    assert.equal(await secret.getAttribute("type"), "password");
    await tab.getByRole("button", { name: "Show password" }).click();
    assert.equal(await secret.getAttribute("type"), "text");
    assert.equal(await tab.getByText("Hidden").isVisible(), false);
    assert.equal(await tab.getByText("Plain").evaluate((el) => getComputedStyle(el).userSelect), "none");
    assert.equal(await tab.locator("[data-weft-type=column]").evaluate((el) => getComputedStyle(el).rowGap), "24px");
  } finally {
    await done();
  }
});

test("widget code loads with the first control that needs it; patches keep their order meanwhile", async () => {
  const { tab, requested, done } = await run(async (page) => {
    const texts = new Column([new Text("Plain text")]);
    await page.add(
      texts,
      new FilledButton("Add a field", {
        onClick: async () => {
          // One patch inserts the field (its renderer is not loaded yet); the next changes its value,
          // which only works if it is applied after the insert.
          const field = new TextField({ label: "Late field", value: "first", autofocus: true });
          texts.controls.push(field);
          await page.update();
          field.value = "second";
          texts.controls.push(new Text("After the field"));
        },
      }),
    );
  });
  try {
    await tab.getByText("Plain text").waitFor();
    await tab.waitForLoadState("networkidle");
    const atStart = requested.filter((path) => path.startsWith("/_weft/"));
    assert.ok(atStart.includes("/_weft/weft.js"));
    assert.ok(!atStart.some((path) => /\/chunks\/widgets-/.test(path)), `a page of texts and buttons loads no field code: ${atStart.join(" ")}`);
    await tab.getByRole("button", { name: "Add a field" }).click();
    const field = tab.getByLabel("Late field");
    await field.waitFor();
    assert.ok(requested.some((path) => /\/chunks\/widgets-/.test(path)), "the field's renderer was fetched when the field arrived");
    await tab.getByText("After the field").waitFor();
    assert.equal(await field.inputValue(), "second", "the set that followed the insert was applied after it");
    await tab.waitForFunction(() => document.activeElement?.closest("[data-weft-type=textfield]") !== null, undefined, { timeout: TIMEOUT_MS });
    assert.deepEqual(
      await tab.locator("[data-weft-type=column] > *").evaluateAll((els) => els.map((el) => el.getAttribute("data-weft-type"))),
      ["text", "textfield", "text"],
    );
  } finally {
    await done();
  }
});

/** Holds back one asset of the page until `release()`. */
async function holdBack(tab: Tab, asset: string): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await tab.route(`**/_weft/${asset}`, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("the inline boot script connects while the client loads: main has run before weft.js arrives", async () => {
  const events: string[] = [];
  let releaseClient!: () => void;
  const { tab, done } = await run(
    async (page) => {
      events.push("main");
      const out = new Text("Not clicked");
      await page.add(out, new FilledButton("Click", { onClick: () => void (out.value = "Clicked") }));
      events.push("patch sent");
      // weft.js is let through only from here: had the client itself to connect, nothing would show.
      setTimeout(releaseClient, 200);
    },
    async (tab) => {
      releaseClient = await holdBack(tab, "weft.js");
    },
  );
  try {
    await tab.getByRole("button", { name: "Click" }).click();
    await tab.getByText("Clicked").waitFor();
    assert.deepEqual(events, ["main", "patch sent"], "one session, started by the boot script's hello");
  } finally {
    await done();
  }
});
