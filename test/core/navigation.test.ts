/**
 * The route state machine with the pilot: `page.go`, the view stack and its automatic back
 * button, browser Back as a `routeChange` from the client, query parsing, pattern matching and
 * hostile routes (docs/navigation.md).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AppBar, Container, ElevatedButton, IconButton, ListTile, Page, TemplateRoute, Text, TextButton, View, WeftError, matchRoute, normalizeRoute, parseQuery } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

/** Flet's "building views on route change" example, as in examples/routing.ts. */
function routingApp(log: string[]) {
  return (page: Page) => {
    page.title = "Routes Example";
    page.onRouteChange = (e) => {
      log.push(`route ${e.route}`);
      page.views.length = 0;
      page.views.push(new View("/", [new ElevatedButton("Visit Store", { onClick: () => page.go("/store") })], { appbar: new AppBar({ title: "Flet app" }) }));
      if (page.route === "/store") {
        page.views.push(new View("/store", [new ElevatedButton("Go Home", { onClick: () => page.go("/") })], { appbar: new AppBar({ title: "Store" }) }));
      }
      return page.update();
    };
    page.onViewPop = (e) => {
      log.push(`pop ${e.view.route}`);
      page.views.pop();
      return page.go(page.views.at(-1)!.route);
    };
    return page.go(page.route);
  };
}

test("go, the automatic back button and onViewPop move through the views in order", async () => {
  const log: string[] = [];
  const pilot = await runApp(routingApp(log));
  assert.deepEqual(log, ["route /"]);
  assert.equal(pilot.find({ text: "Visit Store" }).length, 1);
  assert.equal(pilot.find({ text: "Back" }).length, 0, "one view: no back button");
  await pilot.click({ text: "Visit Store" });
  assert.equal(pilot.tree.page!.props.route, "/store", "the route travels to the browser");
  assert.equal(pilot.find({ text: "Visit Store" }).length, 0, "only the top view shows");
  assert.equal(pilot.find({ text: "Go Home" }).length, 1);
  await pilot.click({ text: "Back" });
  assert.deepEqual(log, ["route /", "route /store", "pop /store", "route /"]);
  assert.equal(pilot.find({ text: "Visit Store" }).length, 1);
  assert.equal(pilot.find({ text: "Back" }).length, 0, "the back button leaves with the second view");
  await pilot.close();
});

test("browser Back and a deep link arrive as the route, normalised, and fire onRouteChange", async () => {
  const log: string[] = [];
  const pilot = await runApp(routingApp(log), { route: "/store" });
  assert.deepEqual(log, ["route /store"], "a deep link starts on its route");
  assert.equal(pilot.find({ text: "Go Home" }).length, 1);
  await pilot.fire(pilot.tree.page!, "routeChange", "/");
  assert.deepEqual(log, ["route /store", "pop /store", "route /"], "Back to the view below pops it (navigation-history.test.ts)");
  assert.equal(pilot.find({ text: "Visit Store" }).length, 1);
  await pilot.fire(pilot.tree.page!, "routeChange", "//evil.example/x");
  assert.equal(pilot.control<Page>(pilot.tree.page!).route, "/", "an outside URL from the browser becomes home");
  await pilot.fire(pilot.tree.page!, "routeChange", 42);
  assert.equal(log.length, 4, "a route that is not a string is refused");
  await pilot.close();
});

test("a page that never touches views shows its controls as before", async () => {
  const pilot = await runApp((page) => page.add(new Text("plain")), { route: "/a/../b?x=1" });
  const page = pilot.control<Page>(pilot.tree.page!);
  assert.equal(page.route, "/b?x=1");
  assert.deepEqual({ ...page.queryParams }, { x: "1" });
  assert.equal(pilot.get({ text: "plain" }).type, "text");
  await pilot.close();
});

test("hostile routes are rejected or normalised, never reflected", () => {
  for (const bad of ["//evil.example", "https://evil.example/", "javascript:alert(1)", "\\\\evil.example", "/a\u0000b", "/".repeat(3000)]) {
    assert.throws(() => normalizeRoute(bad), (e: unknown) => e instanceof WeftError && e.code === "route.bad-route", bad.slice(0, 20));
  }
  assert.equal(normalizeRoute("/%2e%2e/%2e%2e/etc"), "/etc");
  assert.equal(normalizeRoute("/a//b/./c/"), "/a/b/c/");
  assert.equal(normalizeRoute(""), "/");
  assert.equal(normalizeRoute("items/3#frag"), "/items/3");
  const reflected = normalizeRoute('/<script>"x"?q=<b>\'');
  assert.doesNotMatch(reflected, /[<>"']/);
  assert.equal(normalizeRoute(`/${"a".repeat(2040)}`).length, 2041);
});

test("query parsing and route patterns", () => {
  assert.deepEqual({ ...parseQuery("/search?q=green%20tea&page=2&q=black") }, { q: "black", page: "2" });
  assert.deepEqual({ ...parseQuery("/plain") }, {});
  assert.deepEqual(matchRoute("/items/:id", "/items/42?x=1"), { id: "42" });
  assert.equal(matchRoute("/items/:id", "/items"), undefined);
  assert.equal(matchRoute("/items/:id", "/items/4/more"), undefined);
  assert.deepEqual(matchRoute("/search/:q?", "/search"), { q: undefined });
  assert.deepEqual(matchRoute("/files/*", "/files/a/b%20c"), { "*": "a/b c" });
  const params = new TemplateRoute("/shop/7/reviews").match("/shop/:id/:tab");
  assert.equal(params?.id, "7");
  assert.equal(params?.tab, "reviews");
  assert.throws(() => matchRoute("/*/x", "/a/x"), /ends a route pattern/);
});

test("launchUrl opens outside URLs only", async () => {
  const pilot = await runApp(() => {});
  const page = pilot.control<Page>(pilot.tree.page!);
  await assert.rejects(page.launchUrl("javascript:alert(1)"), (e: unknown) => e instanceof WeftError && e.code === "route.bad-url");
  await assert.rejects(page.launchUrl("/items/1"), /not an absolute URL/);
  await assert.rejects(page.go("//evil.example"), (e: unknown) => e instanceof WeftError && e.code === "route.bad-route");
  await pilot.close();
});

test("a control's url is a route or an http(s)/mailto URL, checked when set", () => {
  assert.equal(new TextButton("Store", { url: "/store" }).url, "/store");
  assert.equal(new IconButton("mail", { url: "mailto:team@example.invalid" }).url, "mailto:team@example.invalid");
  assert.equal(new Container(undefined, { url: "https://example.invalid/docs" }).url, "https://example.invalid/docs");
  const refused = (url: unknown, pattern: RegExp) =>
    assert.throws(() => new TextButton("x", { url: url as string }), (e: unknown) => e instanceof WeftError && e.code === "route.bad-url" && pattern.test(e.message), String(url));
  refused("javascript:alert(1)", /javascript: links are not followed/);
  refused("store", /a route starts with "\/" \(write "\/store"\)/);
  refused("//evil.example", /not a link/);
  refused("ftp://files.example/x", /ftp: links are not followed/);
  refused(`/${"a".repeat(10_240)}`, /at most 2048 characters/);
  refused(42, /not number/);
  const tile = new ListTile({ title: new Text("x") });
  assert.throws(() => (tile.url = "data:text/html,<b>x</b>"), /ListTile\.url/);
  assert.equal(tile.url, undefined, "a refused url leaves the old one");
});

test("a 10 KB route from the browser is refused, never reflected", async () => {
  const routes: string[] = [];
  const pilot = await runApp((page) => {
    page.onRouteChange = (e) => void routes.push(e.route);
  });
  const page = pilot.control<Page>(pilot.tree.page!);
  await pilot.fire(pilot.tree.page!, "routeChange", `/${"x".repeat(10_240)}`);
  assert.equal(page.route, "/", "an over-long route becomes home");
  await pilot.fire(pilot.tree.page!, "routeChange", `/items/${"%2e%2e/".repeat(50)}etc`);
  assert.equal(page.route, "/etc");
  await pilot.fire(pilot.tree.page!, "routeChange", "/search?q=<script>alert(1)</script>");
  assert.doesNotMatch(page.route, /[<>]/);
  assert.deepEqual(routes, ["/", "/etc", page.route]);
  await pilot.close();
});
