/**
 * Route links and history moves in Chromium (docs/navigation.md): the `url` prop makes a real
 * `<a href>`; a plain click navigates in place (same session), a ctrl+click and a middle-click open
 * the route in a new tab as a new session; `page.go(route, { replace: true })` replaces the entry.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AppBar, Container, ElevatedButton, IconButton, ListTile, Text, TextButton, View, type Page } from "../../src/index.js";
import { sessionIdOf, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();

function linksApp(page: Page) {
  const show = () => {
    page.controls = [
      new Text(`at ${page.route}`),
      new ElevatedButton("Store", { url: "/store" }),
      new ListTile({ title: new Text("Item 7"), url: "/items/7" }),
      new Container(new Text("Docs"), { url: "https://example.invalid/docs" }),
      new IconButton("shopping_cart", { tooltip: "Cart", url: "/cart" }),
      new Text(undefined, { spans: [{ text: "Read the " }, { text: "help page", url: "/help" }, { text: " or " }, { text: "mail us", url: "mailto:team@example.invalid" }] }),
      new TextButton("Replace", { onClick: () => page.go("/replaced", { replace: true }) }),
    ];
    return page.update();
  };
  page.onRouteChange = show;
  return show();
}

test("url links (buttons, IconButton, ListTile, Container, text spans): plain click in place, ctrl+click and middle-click open new sessions, replace keeps history length", async () => {
  const served = await browser.serve(linksApp);
  const origin = new URL(served.url).origin;
  const page = await browser.open(`${origin}/`);
  await page.getByText("at /", { exact: true }).waitFor();
  const first = await sessionIdOf(page);
  assert.equal(await page.locator('a[href="/store"][data-weft-route]').count(), 1, "the button carries a real route link");
  assert.equal(await page.locator('a[href="https://example.invalid/docs"][target="_blank"]').count(), 1, "an outside URL is a link to a new tab");
  assert.equal(await page.locator('a[href="/help"][data-weft-route]:not([target])').count(), 1, "a text span's route is an in-app link");
  assert.equal(await page.locator('a[href="mailto:team@example.invalid"]:not([target="_blank"])').count(), 1, "mailto opens the mail app, not a tab");
  const positions = await page.locator(".weft-link-cover").evaluateAll((links) => links.map((link) => getComputedStyle(link.parentElement!).position));
  assert.ok(positions.length >= 3, `${positions.length} link covers`);
  for (const position of positions) assert.notEqual(position, "static", "a cover's control is its containing block");

  const length = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Store" }).click();
  await page.getByText("at /store", { exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/store");
  assert.equal(await sessionIdOf(page), first, "a plain click navigates in place, same session");
  assert.equal(await page.evaluate(() => history.length), length + 1);

  await page.getByRole("button", { name: "Cart" }).click();
  await page.getByText("at /cart", { exact: true }).waitFor();
  assert.equal(await sessionIdOf(page), first, "an IconButton's url navigates in place too");
  await page.getByRole("link", { name: "help page" }).click();
  await page.getByText("at /help", { exact: true }).waitFor();
  assert.equal(await sessionIdOf(page), first, "so does a text span's route");
  assert.equal(await page.evaluate(() => history.length), length + 3);
  await page.goBack();
  await page.goBack();
  await page.getByText("at /store", { exact: true }).waitFor();

  const [iconTab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name: "Cart" }).click({ modifiers: ["Control"] })]);
  await iconTab.waitForLoadState();
  assert.equal(new URL(iconTab.url()).pathname, "/cart", "ctrl+click on an IconButton with a url opens a new tab");
  await iconTab.close();

  const [ctrlTab] = await Promise.all([page.context().waitForEvent("page"), page.locator("[data-weft-type=listtile]", { hasText: "Item 7" }).click({ modifiers: ["Control"] })]);
  await ctrlTab.waitForLoadState();
  assert.equal(new URL(ctrlTab.url()).pathname, "/items/7", "ctrl+click opens the route in a new tab");
  const ctrlSession = await waitForSession(ctrlTab);
  assert.notEqual(ctrlSession, first, "the new tab is its own session");
  await ctrlTab.getByText("at /items/7", { exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/store", "the first tab stays where it was");

  const [middleTab] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name: "Store" }).click({ button: "middle" })]);
  await middleTab.waitForLoadState();
  const middleSession = await waitForSession(middleTab);
  assert.ok(middleSession !== first && middleSession !== ctrlSession, "a middle-click opens another new session");
  await middleTab.getByText("at /store", { exact: true }).waitFor();

  const before = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Replace" }).click();
  await page.getByText("at /replaced", { exact: true }).waitFor();
  await page.waitForURL((url) => url.pathname === "/replaced");
  assert.equal(await page.evaluate(() => history.length), before, "replace adds no history entry");
  await page.goBack();
  await page.getByText("at /", { exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/", "Back skips the replaced entry");
  await Promise.all([ctrlTab.close(), middleTab.close(), page.close()]);
});

test("browser Back to the view below fires onViewPop then onRouteChange; Forward is a route change", async () => {
  const log: string[] = [];
  const served = await browser.serve((page: Page) => {
    page.onRouteChange = (e) => {
      log.push(`route ${e.route}`);
      page.views.length = 0;
      page.views.push(new View("/", [new ElevatedButton("Visit Store", { url: "/store" })], { appbar: new AppBar({ title: "Home" }) }));
      if (page.route === "/store") page.views.push(new View("/store", [new Text("Welcome to the store")], { appbar: new AppBar({ title: "Store" }) }));
      return page.update();
    };
    page.onViewPop = (e) => {
      log.push(`pop ${e.view.route}`);
      page.views.pop();
      return page.go(page.views.at(-1)!.route);
    };
    return page.go(page.route);
  });
  const page = await browser.open(`${new URL(served.url).origin}/`);
  await page.getByRole("button", { name: "Visit Store" }).click();
  await page.getByText("Welcome to the store", { exact: true }).waitFor();
  await page.goBack();
  await page.getByRole("button", { name: "Visit Store" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/");
  await page.goForward();
  await page.getByText("Welcome to the store", { exact: true }).waitFor();
  assert.deepEqual(log, ["route /", "route /store", "pop /store", "route /", "route /store"]);
  await page.close();
});
