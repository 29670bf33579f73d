/**
 * examples/shop.ts published as a static site, in Chromium, with hash and with path routing
 * (docs/navigation.md): a deep link opens the item; the items and the cart are real route links,
 * so a plain click navigates in place (same session), a middle-click opens the route in a new tab
 * as its own session, and Back returns through the views.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as BrowserPage } from "playwright-core";
import { publish } from "../../src/cli/publish.js";
import { sessionIdOf, useBrowser, waitForSession, type Served } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHOP = join(ROOT, "examples", "shop.ts");
const browser = useBrowser();
let work: string;
let hashSite: Served;
let pathSite: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-shop-"));
  await publish({ app: SHOP, out: join(work, "hash", "shop"), cwd: ROOT });
  await publish({ app: SHOP, out: join(work, "path", "store"), basePath: "/store/", routes: "path", cwd: ROOT });
  hashSite = browser.track(await serveStatic(join(work, "hash")));
  pathSite = browser.track(await serveStatic(join(work, "path"), { fallback: true }));
});
after(() => rm(work, { recursive: true, force: true }));

async function shows(page: BrowserPage, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor({ state: "visible" });
}

interface Mode {
  name: string;
  url(route: string): string;
  /** The href a route link carries. */
  href(route: string): string;
  routeOf(url: string): string;
}

async function check(mode: Mode): Promise<void> {
  const page = await browser.open(mode.url("/items/3"));
  await shows(page, "Teapot");
  assert.equal(await page.title(), "Teapot · Shop", `${mode.name}: a deep link opens the item`);
  const first = await sessionIdOf(page);
  await page.getByRole("button", { name: "Back" }).click();
  await shows(page, "Green tea");
  assert.equal(mode.routeOf(page.url()), "/");
  assert.equal(await page.locator(`a[data-weft-route][href="${mode.href("/items/2")}"]`).count(), 1, `${mode.name}: an item is a real route link`);

  const [tab] = await Promise.all([page.context().waitForEvent("page"), page.locator("[data-weft-type=listtile]", { hasText: "Black tea" }).click({ button: "middle" })]);
  await tab.waitForLoadState();
  const other = await waitForSession(tab);
  assert.notEqual(other, first, `${mode.name}: a middle-click opens its own session`);
  await shows(tab, "Add to cart");
  assert.equal(mode.routeOf(tab.url()), "/items/2");
  assert.equal(mode.routeOf(page.url()), "/", `${mode.name}: the first tab stays on the list`);
  await tab.close();

  await page.locator("[data-weft-type=listtile]", { hasText: "Black tea" }).click();
  await shows(page, "Add to cart");
  assert.equal(mode.routeOf(page.url()), "/items/2");
  assert.equal(await sessionIdOf(page), first, `${mode.name}: a plain click navigates in place`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await shows(page, "Total $5");
  assert.equal(mode.routeOf(page.url()), "/cart");
  await page.goBack();
  await shows(page, "Add to cart");
  await page.goBack();
  await shows(page, "Green tea");
  assert.equal(mode.routeOf(page.url()), "/");
  await page.close();
}

test("static shop, hash routing: deep link, route links in place and in a new tab, Back", async () => {
  const base = `${hashSite.url}shop/`;
  await check({
    name: "hash",
    url: (route) => `${base}#${route}`,
    href: (route) => `/shop/#${route}`,
    routeOf: (url) => new URL(url).hash.replace(/^#/, "") || "/",
  });
});

test("static shop, path routing: the same", async () => {
  const base = `${pathSite.url}store/`;
  await check({
    name: "path",
    url: (route) => `${base}${route.slice(1)}`,
    href: (route) => `/store/${route.slice(1)}`,
    routeOf: (url) => `/${new URL(url).pathname.replace(/^\/store\/?/, "")}`,
  });
});
