/**
 * Browser storage in Chromium: `page.clientStorage` survives a reload and is invisible to a
 * second app on the same origin (same host and port, another path), whose `clear()` leaves it be;
 * `page.sessionStorage` is the tab's own; `page.userStorage` is shared by the browser's tabs via
 * its HttpOnly cookie, which the page's scripts cannot read.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page as BrowserPage } from "playwright-core";
import { ElevatedButton, Text, type Page } from "../../src/index.js";
import { startHost } from "../../src/server/host.js";
import { quietLogger, useBrowser } from "./harness.js";

const browser = useBrowser();

/** An app that shows what its storages hold and can write or clear them. */
function noteApp(name: string) {
  return async (page: Page) => {
    const note = await page.clientStorage.get("note");
    const draft = await page.sessionStorage.get("draft");
    const visits = ((await page.userStorage.get("visits")) as number | undefined) ?? 0;
    await page.userStorage.set("visits", visits + 1);
    await page.add(
      new Text(`${name} note: ${note === undefined ? "none" : JSON.stringify(note)}`),
      new Text(`${name} draft: ${draft === undefined ? "none" : JSON.stringify(draft)}`),
      new Text(`${name} visits: ${visits + 1}`),
      new ElevatedButton({ text: "Save", onClick: async () => {
        await page.clientStorage.set("note", { from: name, n: [1, 2] });
        await page.sessionStorage.set("draft", `${name} draft`);
        await page.add(new Text("saved"));
      } }),
      new ElevatedButton({ text: "Clear", onClick: async () => {
        await page.clientStorage.clear();
        await page.add(new Text("cleared"));
      } }),
    );
  };
}

async function shows(tab: BrowserPage, text: string): Promise<void> {
  await tab.getByText(text, { exact: true }).waitFor();
}

test("client storage survives a reload, another app on the origin neither sees nor clears it; user storage is per browser, its cookie HttpOnly", async () => {
  const host = browser.track(
    await startHost(
      [
        { path: "/", title: "One", main: noteApp("one") },
        { path: "/two/", title: "Two", main: noteApp("two") },
      ],
      { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, storageSecret: "x".repeat(40) },
    ),
  );
  const one = await browser.open(host.url);
  await shows(one, "one note: none");
  await shows(one, "one visits: 1");
  await one.getByRole("button", { name: "Save" }).click();
  await shows(one, "saved");
  await one.reload();
  await shows(one, 'one note: {"from":"one","n":[1,2]}');
  await shows(one, '"one draft"'.replace(/^/, "one draft: "));
  await shows(one, "one visits: 2");

  const two = await browser.open(`${host.url}two/`);
  await shows(two, "two note: none");
  await shows(two, "two draft: none");
  await shows(two, "two visits: 1");
  await two.getByRole("button", { name: "Clear" }).click();
  await shows(two, "cleared");
  const keys = await one.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["weft:app:note"], "two's clear() left one's key");
  assert.equal(await one.evaluate(() => document.cookie), "", "the user cookie is HttpOnly: scripts cannot read it");

  const again = await browser.open(host.url);
  await shows(again, 'one note: {"from":"one","n":[1,2]}');
  await shows(again, "one draft: none");
  await shows(again, "one visits: 3");
  assert.deepEqual(browser.pageErrors, []);
});
