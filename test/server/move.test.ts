/**
 * A tab moving off a draining process, over real WebSockets between two servers that share a
 * `storageSecret`: at `drainTimeout` the tab is told `move`, sends its held-back typing and `bye`,
 * `page.onMove` puts the field's value into `page.session`, and the `moved` frame carries it
 * sealed; the other server's `main` reads it from `page.restored`. A changed or foreign seal, a
 * value that is not JSON, and an app without a secret each say so plainly and move the rest.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { WebSocket } from "ws";
import { appAsync, Text, TextField, type AppHandle, type Logger, type Page } from "../../src/index.js";
import { snapshotSeal, SNAPSHOT_TTL_MS } from "../../src/server/snapshot-seal.js";

const SECRET = "s".repeat(40);

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info() {}, warn: (m) => void lines.push(m), error: (m) => void lines.push(m) };
}

/** A form whose half-typed note moves with the tab; extra `page.session` values come from `extra`. */
function form(extra: (page: Page) => void = () => {}) {
  return async (page: Page) => {
    const field = new TextField({ label: "Note", value: String(page.restored?.note ?? "") });
    page.onMove = async () => {
      await new Promise((r) => setTimeout(r, 10)); // async, and awaited
      page.session.set("note", field.value);
      extra(page);
    };
    await page.add(new Text(`restored ${JSON.stringify(page.restored ?? null)}`), field);
  };
}

/** One tab over a raw WebSocket: every frame it got, and what it sends. */
class RawTab {
  readonly frames: string[] = [];
  readonly ws: WebSocket;
  readonly closed: Promise<void>;
  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on("message", (data) => void this.frames.push(String(data)));
    this.closed = new Promise((resolve) => ws.once("close", () => resolve()));
  }

  static async open(port: number, hello: Record<string, unknown> = {}): Promise<RawTab> {
    const tab = new RawTab(new WebSocket(`ws://127.0.0.1:${port}/_weft/ws`));
    await new Promise((resolve, reject) => {
      tab.ws.once("open", resolve);
      tab.ws.once("error", reject);
    });
    tab.send(["hello", { v: 1, width: 800, height: 600, route: "/", ...hello }]);
    await tab.waitFor(/^\["patch"/);
    return tab;
  }

  send(frame: unknown): void {
    this.ws.send(JSON.stringify(frame));
  }

  async waitFor(pattern: RegExp, timeoutMs = 8000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = this.frames.find((f) => pattern.test(f));
      if (frame !== undefined) return frame;
      if (Date.now() > deadline) throw new Error(`no frame matching ${pattern}; got:\n${this.frames.join("\n").slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** The id of the first control of type `t`. */
  idOf(t: string): number {
    return Number(new RegExp(`"id":(\\d+),"t":"${t}"`).exec(this.frames.join("\n"))![1]);
  }
}

async function pair(main: (page: Page) => Promise<void>, a: object, b: object): Promise<[AppHandle, AppHandle]> {
  const base = { port: 0, host: "127.0.0.1", view: "none" } as const;
  return [await appAsync(main, { ...base, drainTimeout: 100, ...a }), await appAsync(main, { ...base, ...b })];
}

/** Drains `from`, answers its `move` as the client does (held-back typing, then bye), and returns the `moved` body. */
async function moveOff(from: AppHandle, tab: RawTab, typed: string): Promise<{ restore?: string }> {
  const drained = from.drain();
  await tab.waitFor(/^\["move",\{\}\]$/);
  tab.send(["event", { seq: 1, id: tab.idOf("textfield"), name: "change", data: typed }]);
  tab.send(["bye", {}]);
  const moved = JSON.parse(await tab.waitFor(/^\["moved"/)) as [string, { restore?: string }];
  await tab.closed;
  await drained;
  return moved[1];
}

test("the half-typed value sent after `move` reaches onMove, travels sealed, and is page.restored on the other server", async () => {
  const [a, b] = await pair(form(), { storageSecret: SECRET, logger: recorder() }, { storageSecret: SECRET, logger: recorder() });
  try {
    const tab = await RawTab.open(a.port);
    assert.match(tab.frames.join(), /restored null/, "a session that did not move has no page.restored");
    const moved = await moveOff(a, tab, "half filled");
    assert.match(moved.restore!, /^v1\.[A-Za-z0-9_-]+$/, "sealed");
    assert.ok(!moved.restore!.includes("half"), "the browser carries it but cannot read it");
    const there = await RawTab.open(b.port, { restore: moved.restore });
    assert.match(there.frames.join(), /restored \{\\"note\\":\\"half filled\\"\}/);
    assert.match(there.frames.join(), /"t":"textfield","p":\{[^}]*"value":"half filled"/);
    there.ws.close();
  } finally {
    await a.close();
    await b.close();
  }
});

test("a changed seal, or one from another secret, is not restored: the new session starts without it and the log says why", async () => {
  const bLog = recorder();
  const [a, b] = await pair(form(), { storageSecret: SECRET }, { storageSecret: "t".repeat(40), logger: bLog });
  try {
    const moved = await moveOff(a, await RawTab.open(a.port), "x");
    const foreign = await RawTab.open(b.port, { restore: moved.restore });
    assert.match(foreign.frames.join(), /restored null/);
    assert.ok(bLog.lines.some((l) => /snapshot was not restored \(the snapshot does not open: it was changed, or sealed by another app or under another storageSecret\)/.test(l)), bLog.lines.join("\n"));
    foreign.ws.close();
    for (let i = 0; i < 3; i++) (await RawTab.open(b.port, { restore: `v1.${"A".repeat(40 + i)}` })).ws.close();
    assert.equal(bLog.lines.filter((l) => /not restored/.test(l)).length, 1, "repeats are summarised, not logged once per hello");
  } finally {
    await a.close();
    await b.close();
  }
});

test("a page.session value that is not JSON is reported by its key and stays behind; the others move", async () => {
  const aLog = recorder();
  const errors: string[] = [];
  const main = form((page) => {
    page.onError = (e) => void errors.push(e.data);
    page.session.set("count", 3);
    page.session.set("callback", (() => 1) as unknown as string);
  });
  const [a, b] = await pair(main, { storageSecret: SECRET, logger: aLog }, { storageSecret: SECRET, logger: recorder() });
  try {
    const moved = await moveOff(a, await RawTab.open(a.port), "kept");
    assert.ok(errors.some((e) => /page\.session "callback" cannot move: a function cannot be stored \(JSON values only\)/.test(e)), errors.join("\n"));
    const there = await RawTab.open(b.port, { restore: moved.restore });
    assert.match(there.frames.join(), /restored \{\\"note\\":\\"kept\\",\\"count\\":3\}/);
    there.ws.close();
  } finally {
    await a.close();
    await b.close();
  }
});

test("without a storageSecret the tab still moves, and the log says page.session stays behind", async () => {
  const aLog = recorder();
  const [a, b] = await pair(form(), { logger: aLog }, { logger: recorder() });
  try {
    const moved = await moveOff(a, await RawTab.open(a.port), "lost");
    assert.deepEqual(moved, {});
    assert.ok(aLog.lines.some((l) => /page\.session's values stay behind: sealing them for the move needs the storageSecret option/.test(l)), aLog.lines.join("\n"));
  } finally {
    await a.close();
    await b.close();
  }
});

test("the seal: opens what it sealed, refuses a changed byte, another app's key and one past its time", () => {
  let now = 1_000_000;
  const seal = snapshotSeal(SECRET, "app", () => now);
  const sealed = seal.seal('{"a":1}');
  assert.equal(seal.open(sealed), '{"a":1}');
  const flipped = sealed.slice(0, -2) + (sealed.at(-2) === "A" ? "B" : "A") + sealed.at(-1);
  assert.throws(() => seal.open(flipped), /does not open/);
  assert.throws(() => snapshotSeal(SECRET, "admin").open(sealed), /does not open/, "bound to the app's storage key");
  assert.throws(() => seal.open("plain text"), /is not one this server sealed/);
  now += SNAPSHOT_TTL_MS + 1;
  assert.throws(() => seal.open(sealed), /came back more than 10 minutes after the move/);
});

test("a tab that never answers `move` is moved after 2 s, and an onMove that never finishes holds it 3 s more, the log saying so", async () => {
  const aLog = recorder();
  const main = async (page: Page) => {
    page.session.set("kept", "before onMove");
    page.onMove = () => new Promise<void>(() => {}); // never settles
    await page.add(new Text("stuck"));
  };
  const [a, b] = await pair(main, { storageSecret: SECRET, logger: aLog, shutdownTimeoutMs: 200 }, { storageSecret: SECRET, logger: recorder() });
  try {
    const tab = await RawTab.open(a.port);
    const started = Date.now();
    const drained = a.drain();
    await tab.waitFor(/^\["move",\{\}\]$/);
    const moved = JSON.parse(await tab.waitFor(/^\["moved"/, 10_000)) as [string, { restore?: string }];
    const took = Date.now() - started;
    assert.ok(took >= 100 + 2000 + 3000 - 50 && took < 20_000, `moved after drainTimeout + 2 s + 3 s, took ${took} ms`);
    assert.ok(aLog.lines.some((l) => /page\.onMove did not finish within 3000 ms; the tab moves with what page\.session held then/.test(l)), aLog.lines.join("\n"));
    await drained;
    const there = await RawTab.open(b.port, { restore: moved[1].restore });
    there.ws.close();
    assert.equal(snapshotSeal(SECRET, "app").open(moved[1].restore!), '{"kept":"before onMove"}');
  } finally {
    await a.close();
    await b.close();
  }
});

test("the snapshot is bounded in UTF-8 bytes: 30,000 bytes of é travel sealed within one hello; 34,000 more are refused by key", async () => {
  const errors: string[] = [];
  const main = form((page) => {
    page.onError = (e) => void errors.push(e.data);
    page.session.set("fits", "é".repeat(15_000));
    page.session.set("big", "é".repeat(17_000));
  });
  const [a, b] = await pair(main, { storageSecret: SECRET, logger: recorder() }, { storageSecret: SECRET, logger: recorder() });
  try {
    const moved = await moveOff(a, await RawTab.open(a.port), "n");
    assert.ok(errors.some((e) => /page\.session "big" cannot move: with it the values come to over 32768 bytes of JSON/.test(e)), errors.join("\n"));
    assert.ok(moved.restore!.length < 48 * 1024, `sealed: ${moved.restore!.length} characters`);
    const there = await RawTab.open(b.port, { restore: moved.restore });
    assert.match(there.frames.join(), /restored \{\\"note\\":\\"n\\",\\"fits\\":\\"é{15000}\\"\}/);
    there.ws.close();
  } finally {
    await a.close();
    await b.close();
  }
});
