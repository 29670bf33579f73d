/**
 * Navigation in Chromium (docs/navigation.md), with examples/routing.ts (Flet's routing example)
 * in three modes: served, and published as a static site with hash and with path routing. In each:
 * a deep link opens its view, in-app navigation changes the URL, Back and Forward move through
 * the views, the automatic back button pops, and refresh keeps the route.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Page as BrowserPage } from "playwright-core";
import { publish } from "../../src/cli/publish.js";
import { captureApps } from "../../src/server/capture.js";
import { useBrowser, type Served } from "./harness.js";
import { serveStatic } from "./static-server.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const EXAMPLE = join(ROOT, "examples", "routing.ts");
const browser = useBrowser();
let work: string;
let hashSite: Served;
let pathSite: Served;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-nav-"));
  await publish({ app: EXAMPLE, out: join(work, "hash", "routing"), cwd: ROOT });
  await publish({ app: EXAMPLE, out: join(work, "path", "nav"), basePath: "/nav/", routes: "path", cwd: ROOT });
  hashSite = browser.track(await serveStatic(join(work, "hash")));
  pathSite = browser.track(await serveStatic(join(work, "path"), { fallback: true }));
});
after(() => rm(work, { recursive: true, force: true }));

interface Mode {
  name: string;
  /** The URL that shows `route`. */
  url(route: string): Promise<string>;
  /** The route as the address bar shows it, for comparing. */
  routeOf(url: string): string;
}

async function shows(page: BrowserPage, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).first().waitFor({ state: "visible" });
}

async function check(mode: Mode): Promise<void> {
  const page = await browser.open(await mode.url("/store"));
  await shows(page, "Welcome to the store");
  assert.equal(await page.title(), "Routes Example");
  assert.equal(await page.getByRole("button", { name: "Back" }).count(), 1, `${mode.name}: the store's AppBar has a back button`);
  await page.getByRole("button", { name: "Go Home" }).click();
  await shows(page, "Visit Store");
  assert.equal(mode.routeOf(page.url()), "/", `${mode.name}: going home changes the URL`);
  await page.getByRole("button", { name: "Visit Store" }).click();
  await shows(page, "Welcome to the store");
  assert.equal(mode.routeOf(page.url()), "/store");
  await page.goBack();
  await shows(page, "Visit Store");
  assert.equal(mode.routeOf(page.url()), "/");
  await page.goForward();
  await shows(page, "Welcome to the store");
  await page.getByRole("button", { name: "Back" }).click();
  await shows(page, "Visit Store");
  assert.equal(mode.routeOf(page.url()), "/", `${mode.name}: the back button goes to the view below`);
  await page.getByRole("button", { name: "Visit Store" }).click();
  await shows(page, "Welcome to the store");
  await page.reload();
  await shows(page, "Welcome to the store");
  assert.equal(mode.routeOf(page.url()), "/store", `${mode.name}: refresh keeps the route`);
  assert.equal(await page.locator('meta[name="description"]').getAttribute("content"), "The store view of the routing example");
  await page.close();
}

test("served: deep link, URL changes, Back/Forward, the back button and refresh", async () => {
  const [captured] = await captureApps(() => import("../../examples/routing.js"));
  assert.ok(captured);
  const served = await browser.serve(captured.main);
  const origin = new URL(served.url).origin;
  await check({ name: "served", url: async (route) => origin + route, routeOf: (url) => new URL(url).pathname + new URL(url).search });
});

test("static, hash routing: the same", async () => {
  const base = `${new URL(hashSite.url).origin}/routing/`;
  await check({ name: "hash", url: async (route) => `${base}#${route}`, routeOf: (url) => new URL(url).hash.replace(/^#/, "") || "/" });
});

test("static, path routing: the same", async () => {
  const origin = new URL(pathSite.url).origin;
  await check({ name: "path", url: async (route) => `${origin}/nav${route}`, routeOf: (url) => `/${new URL(url).pathname.replace(/^\/nav\/?/, "")}` });
});

test("served shop: list → item by deep link → cart, Back through the views", async () => {
  const [captured] = await captureApps(() => import("../../examples/shop.js"));
  assert.ok(captured);
  const origin = new URL((await browser.serve(captured.main)).url).origin;
  const page = await browser.open(`${origin}/items/2`);
  await shows(page, "Black tea");
  assert.equal(await page.title(), "Black tea · Shop");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await shows(page, "Total $5");
  assert.equal(new URL(page.url()).pathname, "/cart");
  await page.goBack();
  await shows(page, "Add to cart");
  await page.getByRole("button", { name: "Back" }).click();
  await shows(page, "Teapot");
  assert.equal(new URL(page.url()).pathname, "/");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(work, "shop-list-phone.png") });
  await page.locator("[data-weft-type=listtile]", { hasText: "Teapot" }).click();
  await shows(page, "$30");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(work, "shop-item-desktop.png") });
  await page.close();
});
