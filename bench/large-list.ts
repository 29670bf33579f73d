/**
 * Large lists in Chromium (issue 3; docs/decisions/0008-large-lists.md): a ListView of 10,000
 * ListTiles or Texts, and a GridView of 10,000 cells, each drawn three ways: as shipped (a big
 * insert's rows start deferred with `content-visibility: auto` and are laid out for good over the
 * next frames), plain (no deferral), and always deferred (every row `content-visibility: auto`
 * for good). For each it prints
 *
 * - open: from the click that makes `main` add the 10,000 items to the first frame painted with
 *   all of them in the page, split into server + transfer (click → the patch frame arrives),
 *   client (frame → all rows in the DOM) and layout + paint (→ the next painted frame);
 * - laid out: when the last deferred row was laid out for good (as shipped), and the longest
 *   frame until then;
 * - scroll: frame intervals (median, 95th percentile, worst) while the wheel scrolls ten
 *   screens, one screen per 100 ms, once the rows are drawn;
 * - append: the bytes of the patch that appends one more item, as the WebSocket received it.
 *
 * Run: `node --import tsx bench/large-list.ts` (one Chromium, a few seconds per case).
 */
import type { Page as Tab } from "playwright-core";
import { Container, ElevatedButton, GridView, ListTile, ListView, Text, type Control } from "../src/index.js";
import { assertLocal, openTab, withChromium } from "./chromium.js";
import { serveApp } from "./serve-app.js";

const ITEMS = 10_000;

interface Case {
  name: string;
  list: () => ListView | GridView;
  item: (i: number) => Control;
}

const CASES: Case[] = [
  { name: "ListView of ListTiles", list: () => new ListView([], { height: 600 }), item: (i) => new ListTile({ title: `Row ${i}`, subtitle: `Detail of row ${i}` }) },
  { name: "ListView of Texts", list: () => new ListView([], { height: 600 }), item: (i) => new Text(`Row ${i}`) },
  {
    name: "GridView of Containers",
    list: () => new GridView([], { height: 600, maxExtent: 120, spacing: 8, runSpacing: 8 }),
    item: (i) => new Container(new Text(`Cell ${i}`), { bgcolor: "secondaryContainer", alignment: "center" }),
  },
];

/** Records, inside the page, when big WebSocket frames arrive (the 10,000-item patch). */
const PROBES = `
  globalThis.__name = (fn) => fn;
  window.__frames = [];
  const Native = WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => window.__frames.push({ at: performance.now(), bytes: e.data.length }));
    }
  };
  addEventListener("pointerdown", () => (window.__clickAt = performance.now()), true);
`;

type Mode = "as shipped" | "plain" | "always deferred";

/** The other two modes, as a rule added through the CSSOM (the CSP forbids inline styles). */
const RULES: Record<Mode, string | undefined> = {
  "as shipped": undefined,
  // (A long ListView's rows sit in group boxes, decision 0056: the rules name the groups' children too.)
  plain: ".weft-listview > .weft-deferred, .weft-listview > .weft-group > .weft-deferred, .weft-gridview > .weft-deferred { content-visibility: visible !important; }",
  "always deferred":
    ".weft-listview > :not(.weft-group), .weft-listview > .weft-group > *, .weft-gridview > * { content-visibility: auto !important; contain-intrinsic-block-size: auto var(--weft-item-extent, 48px); }",
};

function addRule(rule: string): string {
  return `(() => {
    const sheet = [...document.styleSheets].find((s) => s.href && s.href.endsWith("weft.css"));
    sheet.insertRule(${JSON.stringify(rule)}, sheet.cssRules.length);
  })()`;
}

interface Opened {
  total: number;
  server: number;
  client: number;
  paint: number;
}

/** Milliseconds from now until no row is deferred any more, and the longest frame meanwhile. */
function drawn(tab: Tab): Promise<{ after: number; longest: number }> {
  return tab.evaluate(
    () =>
      new Promise<{ after: number; longest: number }>((resolve) => {
        const start = performance.now();
        let last = start;
        let longest = 0;
        const check = (now: number) => {
          longest = Math.max(longest, now - last);
          last = now;
          if (document.querySelector(".weft-deferred")) requestAnimationFrame(check);
          else requestAnimationFrame((end) => resolve({ after: end - start, longest: Math.max(longest, end - last) }));
        };
        requestAnimationFrame(check);
      }),
  );
}

async function open(tab: Tab): Promise<Opened> {
  const done = tab.evaluate(
    (items) =>
      new Promise<{ inDom: number; painted: number }>((resolve) => {
        const list = document.querySelector(".weft-listview, .weft-gridview")!;
        // Rows are the list's children, or its groups' (a long ListView's, decision 0056).
        const rows = () => list.querySelectorAll(":scope > :not(.weft-group), :scope > .weft-group > *").length;
        const check = () => {
          if (rows() < items) return;
          observer.disconnect();
          const inDom = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve({ inDom, painted: performance.now() })));
        };
        const observer = new MutationObserver(check);
        observer.observe(list, { childList: true });
      }),
    ITEMS,
  );
  await tab.getByRole("button", { name: "Load" }).click();
  const { inDom, painted } = await done;
  const { clickAt, frameAt } = await tab.evaluate(() => {
    const w = window as unknown as { __clickAt: number; __frames: Array<{ at: number; bytes: number }> };
    const big = w.__frames.filter((f) => f.at >= w.__clickAt).sort((a, b) => b.bytes - a.bytes)[0]!;
    return { clickAt: w.__clickAt, frameAt: big.at };
  });
  return { total: painted - clickAt, server: frameAt - clickAt, client: inDom - frameAt, paint: painted - inDom };
}

async function scroll(tab: Tab): Promise<number[]> {
  const box = (await tab.locator(".weft-listview, .weft-gridview").boundingBox())!;
  await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await tab.evaluate(() => {
    const w = window as unknown as { __intervals: number[]; __stop: boolean };
    w.__intervals = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.__intervals.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (let i = 0; i < 10; i++) {
    await tab.mouse.wheel(0, box.height);
    await tab.waitForTimeout(100);
  }
  return tab.evaluate(() => {
    const w = window as unknown as { __intervals: number[]; __stop: boolean };
    w.__stop = true;
    return w.__intervals.slice(1);
  });
}

async function appendBytes(tab: Tab): Promise<number> {
  const before = await tab.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames.length);
  await tab.getByRole("button", { name: "Append" }).click();
  await tab.waitForFunction((n) => (window as unknown as { __frames: unknown[] }).__frames.length > n, before);
  return tab.evaluate((n) => (window as unknown as { __frames: Array<{ bytes: number }> }).__frames.slice(n).reduce((max, f) => Math.max(max, f.bytes), 0), before);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function measure(test: Case, mode: Mode): Promise<string> {
  const list = test.list();
  let next = 0;
  const server = await serveApp((page) =>
    page.add(
      new ElevatedButton("Load", { onClick: () => void list.controls.push(...Array.from({ length: ITEMS }, () => test.item(next++))) }),
      new ElevatedButton("Append", { onClick: () => void list.controls.push(test.item(next++)) }),
      list,
    ),
  );
  try {
    assertLocal(server.url);
    return await withChromium(async (browser) => {
      const tab = await openTab(browser);
      await tab.addInitScript(PROBES);
      await tab.goto(server.url);
      await tab.waitForFunction(() => Boolean((window as unknown as { __weft?: { sessionId?: string } }).__weft?.sessionId));
      const rule = RULES[mode];
      if (rule) await tab.evaluate(addRule(rule));
      const opened = await open(tab);
      const settled = await drawn(tab);
      const frames = await scroll(tab);
      const bytes = await appendBytes(tab);
      return [
        `${test.name}, ${mode}:`,
        `  open ${ms(opened.total)} (server + transfer ${ms(opened.server)}, client ${ms(opened.client)}, layout + paint ${ms(opened.paint)})` +
          (mode === "as shipped" ? `; every row laid out ${ms(settled.after)} later (longest frame meanwhile ${ms(settled.longest)})` : ""),
        `  scroll frames: median ${ms(percentile(frames, 50))}, p95 ${ms(percentile(frames, 95))}, worst ${ms(Math.max(...frames))} (${frames.length} frames)`,
        `  append one item: ${bytes} bytes`,
      ].join("\n");
    });
  } finally {
    await server.close();
  }
}

/** Modes to run (default all), e.g. `node --import tsx bench/large-list.ts plain`. */
const only = process.argv.slice(2);
for (const test of CASES) {
  for (const mode of ["as shipped", "plain", "always deferred"] as const) {
    if (only.length === 0 || only.includes(mode)) console.log(await measure(test, mode));
  }
}
