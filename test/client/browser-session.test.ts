/**
 * The browser client against a scripted server: the test plays the server's side of the protocol
 * frame by frame over a real WebSocket, and checks the DOM in Debian's Chromium. This pins what
 * the client does with each op, which events it sends and in what order, and how it resumes.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { WebSocketServer, type WebSocket } from "ws";
import {
  ClientAction,
  Op,
  ROOT_ID,
  ROOT_SLOT,
  ServerAction,
  decodeClientFrame,
  encodeFrame,
  type ClientFrame,
  type ControlNode,
  type PatchOp,
  type ServerFrame,
} from "../../src/protocol/index.js";
import { clientAssets } from "../../src/server/client-assets.js";
import { renderPageHtml } from "../../src/server/page-html.js";

const TIMEOUT_MS = 5000;
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** One client connection as the scripted server sees it. */
class Peer {
  readonly frames: ClientFrame[] = [];
  #waiters: (() => void)[] = [];
  closed = false;
  constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      const decoded = decodeClientFrame(data.toString());
      assert.ok(decoded.ok, `the client sent a bad frame: ${data.toString()}`);
      this.frames.push(decoded.frame);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    socket.on("close", () => (this.closed = true));
  }
  send(frame: ServerFrame): void {
    this.socket.send(encodeFrame(frame));
  }
  welcome(session: string, token: string, resume: { seq?: number; ack?: number } = {}): void {
    const resumed = resume.seq !== undefined;
    this.send([ServerAction.welcome, { v: 1, session, token, resumed, seq: resume.seq ?? 0, ack: resume.ack ?? 0, heartbeat: 0 }]);
  }
  patch(seq: number, ...ops: PatchOp[]): void {
    this.send([ServerAction.patch, { seq, ops }]);
  }
  /** Frames of one action, in order. */
  of<A extends ClientFrame[0]>(action: A): Extract<ClientFrame, [A, unknown]>[1][] {
    return this.frames.filter((f) => f[0] === action).map((f) => f[1]) as Extract<ClientFrame, [A, unknown]>[1][];
  }
  /** Resolves once `check` holds for the frames received so far. */
  async until(what: string, check: (frames: ClientFrame[]) => boolean): Promise<void> {
    const deadline = Date.now() + TIMEOUT_MS;
    while (!check(this.frames)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }
}

/**
 * An HTTP server with the real page and assets, and a WebSocket whose peers the test drives. It
 * reads no hello from the socket's URL, as a server of an earlier version would not: the client's
 * hello frame is enough (decision 0015).
 */
class ScriptedServer {
  readonly peers: Peer[] = [];
  #waiters: (() => void)[] = [];
  constructor(
    readonly http: Server,
    readonly wss: WebSocketServer,
    readonly url: string,
  ) {
    wss.on("connection", (socket) => {
      this.peers.push(new Peer(socket));
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }
  static async start(): Promise<ScriptedServer> {
    const assets = await clientAssets();
    const http = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const asset = path.startsWith("/_weft/") ? assets.get(path.slice("/_weft/".length)) : undefined;
      const csp = { "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'" };
      if (asset) res.writeHead(200, { ...csp, "Content-Type": asset.type }).end(asset.body);
      else if (path === "/") res.writeHead(200, { ...csp, "Content-Type": "text/html" }).end(renderPageHtml({ title: "t", assetBase: "/_weft/", wsPath: "/_weft/ws" }));
      else res.writeHead(404).end();
    });
    const wss = new WebSocketServer({ server: http, path: "/_weft/ws" });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    return new ScriptedServer(http, wss, `http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
  }
  /** The `n`th connection (0-based), once it has said hello. */
  async peer(n: number): Promise<Peer> {
    const deadline = Date.now() + TIMEOUT_MS;
    while (!this.peers[n]) {
      if (Date.now() > deadline) throw new Error(`no connection #${n}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 100);
        this.#waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    const peer = this.peers[n]!;
    await peer.until("hello", (frames) => frames.some((f) => f[0] === ClientAction.hello));
    return peer;
  }
  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

const node = (id: number, t: string, p?: ControlNode["p"], c?: ControlNode["c"]): ControlNode => ({ id, t, ...(p && { p }), ...(c && { c }) });
const pageWith = (...controls: ControlNode[]): PatchOp => [Op.insert, ROOT_ID, ROOT_SLOT, 0, node(1, "page", undefined, { controls })];

let browser: Browser;
let server: ScriptedServer;
const warnings: string[] = [];

before(async () => {
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
});
after(async () => {
  await browser?.close();
});

/** A fresh server and tab for one test. */
async function open(): Promise<{ tab: Page; first: Peer }> {
  server = await ScriptedServer.start();
  const tab = await browser.newPage({ viewport: { width: 800, height: 600 } });
  tab.setDefaultTimeout(TIMEOUT_MS);
  tab.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  tab.on("pageerror", (e) => assert.fail(`page error: ${e.message}`));
  await tab.goto(server.url);
  return { tab, first: await server.peer(0) };
}

async function close(tab: Page): Promise<void> {
  await tab.close();
  await server.close();
}

/** Marks the elements of these controls, so a later check can tell kept elements from re-created ones. */
const tagAll = (tab: Page, ids: number[]) =>
  tab.evaluate((ids) => {
    for (const id of ids) (window.__weftElement!(id) as unknown as { tag: number }).tag = id;
  }, ids);
const tagged = (tab: Page, id: number) => tab.evaluate((id) => (window.__weftElement!(id) as unknown as { tag?: number } | null)?.tag === id, id);
/** The text of each element matching `selector` inside control `id`'s element. */
const texts = (tab: Page, id: number, selector: string) =>
  tab.evaluate(({ id, selector }) => [...window.__weftElement!(id)!.querySelectorAll(selector)].map((el) => el.textContent), { id, selector });

test("hello carries the protocol version, viewport and route; welcome and patches are applied", async () => {
  const { tab, first } = await open();
  try {
    const [hello] = first.of(ClientAction.hello);
    assert.deepEqual(hello, { v: 1, width: 800, height: 600, route: "/" });
    first.welcome("s1", "t1");
    first.patch(1, pageWith(node(2, "text", { value: "Hello" })));
    await tab.getByText("Hello").waitFor();
    assert.deepEqual(await tab.evaluate(() => ({ ...window.__weft })), { sessionId: "s1", lastSeq: 1, connected: true });
    assert.equal(await tab.locator("#weft-root > [data-weft-type=page]").count(), 1);
    await first.until("an ack of patch 1", () => first.of(ClientAction.ack).some((a) => a.seq === 1));
  } finally {
    await close(tab);
  }
});

test("set, insert, move, remove and clean touch only the controls they name", async () => {
  const { tab, first } = await open();
  try {
    first.welcome("s1", "t1");
    const column = node(2, "column", undefined, { controls: [node(3, "text", { value: "a" }), node(4, "text", { value: "b" }), node(5, "text", { value: "c" })] });
    first.patch(1, pageWith(column));
    await tab.getByText("c").waitFor();
    await tagAll(tab, [1, 2, 3, 4, 5]);
    warnings.length = 0;
    first.patch(
      2,
      [Op.set, 3, { value: "A", size: 20, weight: "bold" }],
      [Op.move, 5, 0],
      [Op.remove, 4],
      [Op.insert, 2, "controls", 3, node(6, "text", { value: "d" }), node(7, "fancy", { level: 2 }, { controls: [node(8, "text", { value: "inside" })] })],
      [Op.set, 999, { value: "nobody" }],
    );
    await tab.getByText("inside").waitFor();
    assert.deepEqual(await texts(tab, 2, ":scope > [data-weft-type=text]"), ["c", "A", "d"]);
    for (const id of [1, 2, 3, 5]) assert.ok(await tagged(tab, id), `control ${id} was kept, not re-created`);
    assert.equal(await tab.evaluate(() => window.__weftElement!(4)), null, "a removed control is forgotten");
    assert.equal(await tab.getByText("b", { exact: true }).count(), 0, "and its element is gone");
    const a = await tab.evaluate(() => {
      const style = getComputedStyle(window.__weftElement!(3)!);
      return { size: style.fontSize, weight: style.fontWeight };
    });
    assert.deepEqual(a, { size: "20px", weight: "700" });
    assert.match(await tab.locator("[data-weft-type=fancy]").innerText(), /Unknown control "fancy"/);
    assert.equal(warnings.filter((w) => w.includes("999")).length, 1, "one warning for the unknown id");

    first.patch(3, [Op.set, 3, { size: null }], [Op.clean, 2, "controls"], [Op.set, 8, { value: "gone" }]);
    await tab.waitForFunction(() => window.__weft?.lastSeq === 3);
    assert.equal(await tab.evaluate(() => window.__weftElement!(2)!.childElementCount), 0);
    assert.ok(warnings.some((w) => w.includes("id 8")), "a cleaned subtree's ids are forgotten");
  } finally {
    await close(tab);
  }
});

test("events go out only when listened to; a field's value reaches the server before a click", async () => {
  const { tab, first } = await open();
  try {
    first.welcome("s1", "t1");
    first.patch(
      1,
      pageWith(
        node(2, "textfield", { label: "Name" }),
        node(3, "filledbutton", { text: "Go", onClick: true }),
        node(4, "outlinedbutton", { text: "Mute" }),
        node(5, "checkbox", { label: "Agree" }),
      ),
    );
    await tab.getByRole("button", { name: "Mute" }).click();
    await tab.getByLabel("Name").fill("Ada");
    await tab.getByRole("button", { name: "Go" }).click();
    await first.until("the click", () => first.of(ClientAction.event).length >= 2);
    assert.deepEqual(first.of(ClientAction.event), [
      { seq: 1, id: 2, name: "change", data: "Ada" },
      { seq: 2, id: 3, name: "click" },
    ]);

    await tab.getByLabel("Agree").check();
    await first.until("the checkbox's value after a pause", () => first.of(ClientAction.event).length >= 3);
    assert.deepEqual(first.of(ClientAction.event)[2], { seq: 3, id: 5, name: "change", data: true });

    first.patch(2, [Op.set, 2, { onChange: true, onSubmit: true }], [Op.set, 3, { onClick: null }]);
    await tab.waitForFunction(() => window.__weft?.lastSeq === 2);
    await tab.getByLabel("Name").press("End");
    await tab.getByLabel("Name").press("x");
    await tab.getByLabel("Name").press("Enter");
    await tab.getByRole("button", { name: "Go" }).click();
    await first.until("change and submit", () => first.of(ClientAction.event).length >= 5);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(first.of(ClientAction.event).slice(3), [
      { seq: 4, id: 2, name: "change", data: "Adax" },
      { seq: 5, id: 2, name: "submit", data: "Adax" },
    ]);

    first.patch(3, [Op.set, 2, { value: "Bob", errorText: "Taken" }], [Op.set, 3, { disabled: true }]);
    await tab.waitForFunction(() => window.__weft?.lastSeq === 3);
    const field = tab.getByLabel("Name");
    assert.equal(await field.inputValue(), "Bob");
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    assert.equal((await tab.locator(`#${await field.getAttribute("aria-describedby")}`).textContent())?.trim(), "Taken");
    assert.ok(await tab.getByRole("button", { name: "Go" }).isDisabled());
  } finally {
    await close(tab);
  }
});

test("after a drop the client resumes: same DOM, unacknowledged events sent again", async () => {
  const { tab, first } = await open();
  try {
    first.welcome("s1", "t1");
    first.patch(1, pageWith(node(2, "text", { value: "waiting" }), node(3, "elevatedbutton", { text: "Go", onClick: true })));
    await tab.getByRole("button", { name: "Go" }).click();
    await first.until("the click", () => first.of(ClientAction.event).length === 1);
    await tagAll(tab, [1, 2, 3]);
    first.socket.terminate();
    await tab.locator("[role=status]", { hasText: "Reconnecting…" }).waitFor();
    assert.equal(await tab.evaluate(() => window.__weft?.connected), false);

    const second = await server.peer(1);
    assert.deepEqual(second.of(ClientAction.hello)[0], { v: 1, width: 800, height: 600, route: "/", resume: "t1", ack: 1 });
    second.welcome("s1", "t2", { seq: 1, ack: 0 });
    await second.until("the click again", () => second.of(ClientAction.event).length === 1);
    assert.deepEqual(second.of(ClientAction.event)[0], { seq: 1, id: 3, name: "click" });
    second.send([ServerAction.ack, { seq: 1 }]);
    second.patch(2, [Op.set, 2, { value: "clicked" }]);
    await tab.getByText("clicked").waitFor();
    for (const id of [1, 2, 3]) assert.ok(await tagged(tab, id), `control ${id} survived the drop`);
    assert.equal(await tab.locator("[role=status]").textContent(), "");

    // The next drop resumes with the newer token; the acknowledged click is not sent again.
    second.socket.terminate();
    const third = await server.peer(2);
    assert.equal(third.of(ClientAction.hello)[0]!.resume, "t2");
    assert.equal(third.of(ClientAction.hello)[0]!.ack, 2);
    third.welcome("s1", "t3", { seq: 2, ack: 1 });
    await tab.getByRole("button", { name: "Go" }).click();
    await third.until("a new click", () => third.of(ClientAction.event).length === 1);
    assert.deepEqual(third.of(ClientAction.event), [{ seq: 2, id: 3, name: "click" }]);
  } finally {
    await close(tab);
  }
});

test("when the server answers a resume with another session, the page is rebuilt from scratch", async () => {
  const { tab, first } = await open();
  try {
    first.welcome("s1", "t1");
    first.patch(1, pageWith(node(2, "text", { value: "one" })), [Op.insert, 1, "controls", 1, node(3, "textbutton", { text: "Go", onClick: true })]);
    await tab.getByRole("button", { name: "Go" }).click();
    await first.until("a click", () => first.of(ClientAction.event).length === 1);
    first.socket.terminate();
    const second = await server.peer(1);
    second.welcome("s2", "u1");
    second.patch(1, pageWith(node(2, "text", { value: "two" }), node(3, "textbutton", { text: "Go", onClick: true })));
    await tab.getByText("two").waitFor();
    assert.equal(await tab.locator("[data-weft-type=page]").count(), 1);
    assert.equal(await tab.getByText("one", { exact: true }).count(), 0);
    await tab.getByRole("alert").getByText("Your previous session had ended, so a new one was started.").waitFor();
    assert.deepEqual(await tab.evaluate(() => ({ ...window.__weft })), { sessionId: "s2", lastSeq: 1, connected: true });
    await tab.getByRole("button", { name: "Go" }).click();
    await second.until("a click", () => second.of(ClientAction.event).length === 1);
    assert.deepEqual(second.of(ClientAction.event), [{ seq: 1, id: 3, name: "click" }], "the old session's events are not replayed");
  } finally {
    await close(tab);
  }
});

test("a fatal error stays on screen and the client does not reconnect", async () => {
  const { tab, first } = await open();
  try {
    first.send([ServerAction.error, { code: "protocol.version-mismatch", message: "Please reload the page.", fatal: true }]);
    first.socket.close(1002, "protocol.version-mismatch");
    await tab.locator("[role=alert]", { hasText: "Please reload the page." }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    assert.equal(server.peers.length, 1);
    assert.equal(await tab.locator("[role=alert]").textContent(), "Please reload the page.");
  } finally {
    await close(tab);
  }
});
