/**
 * The client adopts a server-painted page (issue 21, decision 0047): the elements of the types
 * whose renderers know their markup (the page, Text, Column, Row, Container, the text buttons) are the very
 * nodes the server sent, now with their listeners, and keep the focus; any other type's element
 * takes its server element's place; the client creates no element per adopted control; a click right after load
 * on a page of 10,000 Texts is answered once; a page painted after several patches shows none of
 * the states before it; adopted controls update as new ones do.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { appAsync, Column, Container, ElevatedButton, Markdown, OutlinedButton, Row, Text, type AppMain, type AppOptions } from "../../src/index.js";
import { quietLogger, TIMEOUT_MS, useBrowser } from "./harness.js";

const browser = useBrowser();

/** tsx names the functions of this file with a helper the page lacks. */
const NAME_SHIM = "globalThis.__name = (fn) => fn;";

async function serve(main: AppMain, options: AppOptions = {}): Promise<string> {
  const handle = browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, firstPaint: "server", ...options }));
  return handle.url;
}

/**
 * A tab whose client script is held back until the test calls `release`, so the test can touch the
 * server's markup first. (A timer was not enough: the page's start, which asks for the script, goes
 * out before main runs, and on a loaded machine the timer ran out before the markup was read.)
 */
async function openHeldBack(url: string): Promise<{ page: BrowserPage; release: () => void }> {
  const page = await browser.context.newPage();
  await page.addInitScript(NAME_SHIM);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_weft/weft.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  return { page, release };
}

/** Waits until the client is live and has adopted the markup (the first-paint stylesheet is gone). */
async function waitAdopted(page: BrowserPage): Promise<void> {
  await page.waitForFunction(
    () => Boolean((globalThis as { __weft?: { sessionId?: string } }).__weft?.sessionId) && document.querySelector("style[data-weft-first-paint]") === null,
    undefined,
    { timeout: TIMEOUT_MS },
  );
}

test("the page, Texts, Columns, Rows and buttons keep the server's elements; a Markdown's new element takes its place", async () => {
  let clicks = 0;
  const url = await serve((page) => {
    const answer = new Text("not yet");
    page.add(
      new Column([
        new Container(new Text("first", { size: 20 }), { padding: 4, onClick: () => {} }),
        new Row([new Text("in a row"), new ElevatedButton("Go", { onClick: () => void (answer.value = `clicked ${++clicks}`) })]),
        new Markdown("Some *words*"),
        new OutlinedButton("Outlined"),
        answer,
      ]),
    );
  });
  const { page, release } = await openHeldBack(url);
  await page.locator('[data-weft-type="elevatedbutton"]').waitFor({ state: "attached" });
  // Every element of the server's markup gets a property the client cannot know of.
  const served = await page.evaluate(() => {
    const marked: Record<string, string> = {};
    for (const element of document.querySelectorAll<HTMLElement>("[data-weft-id]")) {
      (element as unknown as { __served: string }).__served = element.dataset.weftId!;
      marked[element.dataset.weftId!] = element.dataset.weftType!;
    }
    // Focus, as a person tabbing to it would have put it, on the server's button.
    document.querySelector<HTMLElement>('[data-weft-type="elevatedbutton"]')!.focus();
    return marked;
  });
  assert.deepEqual(Object.values(served).sort(), ["column", "container", "elevatedbutton", "markdown", "outlinedbutton", "page", "row", "text", "text", "text"]);
  release();
  await waitAdopted(page);
  const after = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("#weft-root [data-weft-type]")].map((element) => ({
      type: element.dataset.weftType!,
      kept: (element as unknown as { __served?: string }).__served !== undefined,
      marks: ["data-weft-id", "data-weft-style", "data-weft-waits", "aria-disabled"].filter((name) => element.hasAttribute(name)),
    })),
  );
  const focused = await page.evaluate(() => [document.activeElement?.textContent, (document.activeElement as unknown as { __served?: string }).__served !== undefined]);
  assert.deepEqual(focused, ["Go", true], "the focus stays on the adopted button");
  const kept = (type: string) => after.filter((element) => element.type === type).map((element) => element.kept);
  for (const type of ["page", "column", "container", "row", "elevatedbutton", "outlinedbutton"]) assert.deepEqual(kept(type), [true], `the ${type} is the server's element`);
  assert.deepEqual(kept("text"), [true, true, true]);
  assert.deepEqual(kept("markdown"), [false], "the Markdown's element is the client's own");
  assert.deepEqual(after.flatMap((element) => element.marks), [], "no first-paint marks are left");
  // In its place: between the row and the outlined button, rendered by the client.
  assert.deepEqual(after.map((element) => element.type), ["page", "column", "container", "text", "row", "text", "elevatedbutton", "markdown", "outlinedbutton", "text"]);
  assert.equal(await page.locator(".weft-markdown em").textContent(), "words");
  // The styles the server wrote as rules are the elements' own now; the clickable box is focusable again.
  assert.equal(await page.getByText("first", { exact: true }).evaluate((element) => element.style.fontSize), "20px");
  assert.deepEqual(await page.locator(".weft-container").evaluate((element) => [element.style.padding, element.getAttribute("role"), element.tabIndex]), ["4px", "button", 0]);
  await page.getByRole("button", { name: "Go" }).click();
  await page.getByText("clicked 1", { exact: true }).waitFor();
  assert.equal(clicks, 1);
  await page.close();
});

test("adopting 2,000 Texts in a Column creates no element for any of them", async () => {
  const url = await serve((page) => {
    page.add(new Column(Array.from({ length: 2000 }, (_, i) => new Text(`item ${i}`))));
  });
  const page = await browser.context.newPage();
  await page.addInitScript(NAME_SHIM);
  // Counts the elements made in the page from the moment the client's script starts to run.
  await page.addInitScript(() => {
    const counts = { created: 0, counting: false };
    (globalThis as { __counts?: typeof counts }).__counts = counts;
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, ...args: Parameters<Document["createElement"]>) {
      if (counts.counting) counts.created++;
      return create.apply(this, args);
    } as Document["createElement"];
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") counts.counting = true;
    });
  });
  await page.goto(url);
  await waitAdopted(page);
  const result = await page.evaluate(() => ({
    created: (globalThis as { __counts?: { created: number } }).__counts!.created,
    texts: document.querySelectorAll(".weft-text").length,
    groups: document.querySelectorAll(".weft-column > .weft-group").length,
  }));
  assert.equal(result.texts, 2000);
  assert.equal(result.groups, 20, "the server's group boxes are the column's");
  assert.ok(result.created < 20, `the client created ${result.created} elements while adopting 2,000 Texts`);
  await page.close();
});

test("a click right after load on a page of 10,000 Texts reaches its handler once", async () => {
  let clicks = 0;
  const url = await serve(async (page) => {
    const answer = new Text("not yet", { key: "answer" });
    const go = new ElevatedButton("Go", { key: "go", onClick: () => void (answer.value = `clicked ${++clicks}`) });
    await page.add(go, answer, ...Array.from({ length: 10_000 }, (_, i) => new Text(`item ${i}`)));
  }, { firstPaintMaxControls: Infinity });
  const page = await browser.context.newPage();
  // One click, the moment the button is in the document (before the client has run).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const button = document.querySelector<HTMLElement>('[data-key="go"]');
      if (!button) return;
      observer.disconnect();
      button.click();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.getByText("clicked 1", { exact: true }).waitFor({ timeout: TIMEOUT_MS });
  await page.waitForTimeout(300);
  assert.equal(clicks, 1);
  assert.equal(await page.getByText("clicked 1", { exact: true }).count(), 1);
  await page.close();
});

test("a page painted after several patches shows none of the states before it, and keeps its elements", async () => {
  const url = await serve(async (page) => {
    const status = new Text("loading");
    await page.add(status);
    status.value = "ready";
    await page.update();
    await page.add(new Row([new Text("second")]));
  });
  const { page, release } = await openHeldBack(url);
  await page.getByText("second", { exact: true }).waitFor({ state: "attached" });
  const seq = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="weft-paint-seq"]')!.content);
  assert.ok(Number(seq) > 1, `the markup stands for patch ${seq}`);
  // What each frame shows of the first Text, until the client has adopted the page.
  await page.evaluate(() => {
    const shown: string[] = [];
    (globalThis as { __shown?: string[] }).__shown = shown;
    for (const element of document.querySelectorAll<HTMLElement>("[data-weft-id]")) (element as unknown as { __served: boolean }).__served = true;
    const frame = () => {
      shown.push(document.querySelector("#weft-root .weft-text")?.textContent ?? "");
      if (document.querySelector("style[data-weft-first-paint]")) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  release();
  await waitAdopted(page);
  const result = await page.evaluate(() => ({
    texts: [...document.querySelectorAll<HTMLElement>("#weft-root .weft-text")].map((element) => [element.textContent, (element as unknown as { __served?: boolean }).__served === true]),
    shown: (globalThis as { __shown?: string[] }).__shown!,
  }));
  assert.deepEqual(result.texts, [
    ["ready", true],
    ["second", true],
  ]);
  // The replay sets "loading" and then "ready" again, in one task: no frame shows the first.
  assert.ok(result.shown.length > 0);
  assert.deepEqual([...new Set(result.shown)], ["ready"]);
  await page.close();
});

test("adopted controls update as new ones do: a Text's text, theme style and spans, a button's icon, a long column's groups", async () => {
  const url = await serve((page) => {
    const styled = new Text("before", { themeStyle: "titleLarge", spans: [{ text: " and a span" }] });
    const list = new Column(Array.from({ length: 250 }, (_, i) => new Text(`row ${i}`)));
    const button = new ElevatedButton("Change", {
      icon: "add",
      onClick: () => {
        styled.value = "after";
        styled.themeStyle = "labelSmall";
        styled.spans = [{ text: " and another" }];
        button.icon = "delete";
        list.controls.push(new Text("row 250"));
      },
    });
    page.add(button, styled, list);
  });
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitAdopted(page);
  await page.getByRole("button", { name: "Change" }).click();
  await page.getByText("row 250", { exact: true }).waitFor();
  const state = await page.evaluate(() => {
    const styled = document.querySelector<HTMLElement>("main > .weft-text")!;
    const column = document.querySelector(".weft-column")!;
    return {
      text: styled.textContent,
      classes: styled.className,
      glyphs: [...document.querySelectorAll(".weft-button .weft-button__icon")].map((glyph) => glyph.textContent),
      groups: [...column.children].map((group) => group.childElementCount),
    };
  });
  assert.equal(state.text, "after and another", "the adopted text node and spans are replaced, not added to");
  assert.equal(state.classes, "weft-text weft-text--label-small", "the server's theme class is gone");
  assert.deepEqual(state.glyphs, ["delete"], "the server's icon is replaced");
  assert.deepEqual(state.groups, [100, 100, 51], "the new Text joins the adopted column's last group");
  await page.close();
});

test("an adopted control's url link navigates in place, and nothing inside the page waits for the client any more", async () => {
  const url = await serve((page) => {
    const show = () => {
      page.controls = [new Text(`at ${page.route}`), new ElevatedButton("Store", { url: "/store" }), new Container(new Text("Help"), { url: "/help" })];
      return page.update();
    };
    page.onRouteChange = show;
    return show();
  });
  const page = await browser.context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.goto(url);
  await waitAdopted(page);
  // The link covers are the server's elements, inside their controls' (their marks of waiting were theirs).
  assert.equal(await page.locator("#weft-root [data-weft-waits], #weft-root [aria-disabled]").count(), 0);
  const session = await page.evaluate(() => (globalThis as { __weft?: { sessionId?: string } }).__weft!.sessionId);
  await page.getByRole("button", { name: "Store" }).click();
  await page.getByText("at /store", { exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/store");
  await page.locator(".weft-container").click();
  await page.getByText("at /help", { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => (globalThis as { __weft?: { sessionId?: string } }).__weft!.sessionId), session, "in place: the same session");
  await page.close();
});

test("no page threw a script error", () => {
  assert.deepEqual(browser.pageErrors, []);
});
