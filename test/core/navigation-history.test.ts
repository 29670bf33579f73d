/**
 * The parts of navigation that say how the browser's history moves (docs/navigation.md):
 * `page.go(route, { replace: true })`, browser Back as `onViewPop` when it returns to the view
 * below the top, and the order of events.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AppBar, Page, Text, View } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("go with replace sets the route, runs onRouteChange and tells the browser to replace the entry", async () => {
  const log: string[] = [];
  const pilot = await runApp((page: Page) => {
    page.onRouteChange = (e) => {
      log.push(e.route);
    };
    page.add(new Text("home"));
  });
  const page = pilot.control<Page>(pilot.tree.page!);
  await page.go("/login?next=%2F", { replace: true });
  assert.equal(pilot.tree.page!.props.route, "/login?next=%2F");
  assert.equal(pilot.tree.page!.props.historyMode, "replace", "the client replaces the current entry");
  await page.go("/a");
  assert.equal(pilot.tree.page!.props.route, "/a");
  assert.notEqual(pilot.tree.page!.props.historyMode, "replace", "a plain go pushes again");
  await page.go("/b", { replace: true });
  assert.equal(pilot.tree.page!.props.historyMode, "replace");
  assert.deepEqual(log, ["/login?next=%2F", "/a", "/b"]);
  await pilot.close();
});

/** Flet's routing example, logging each event: the app pops in onViewPop and calls page.go. */
function stackApp(log: string[]) {
  return (page: Page) => {
    page.onRouteChange = (e) => {
      log.push(`route ${e.route}`);
      page.views.length = 0;
      page.views.push(new View("/", [new Text("home")], { appbar: new AppBar({ title: "Home" }) }));
      if (page.route.startsWith("/store")) page.views.push(new View("/store", [new Text("store")], { appbar: new AppBar({ title: "Store" }) }));
      if (page.route === "/store/cart") page.views.push(new View("/store/cart", [new Text("cart")], { appbar: new AppBar({ title: "Cart" }) }));
      return page.update();
    };
    page.onViewPop = (e) => {
      log.push(`pop ${e.view.route} at ${page.route}`);
      page.views.pop();
      return page.go(page.views.at(-1)!.route);
    };
    return page.go(page.route);
  };
}

test("browser Back to the view below the top fires onViewPop, other history moves onRouteChange", async () => {
  const log: string[] = [];
  const pilot = await runApp(stackApp(log), { route: "/store/cart" });
  const root = pilot.tree.page!;
  assert.equal(pilot.find({ text: "cart" }).length, 1);
  await pilot.fire(root, "routeChange", "/store");
  assert.deepEqual(log, ["route /store/cart", "pop /store/cart at /store", "route /store"], "Back pops, then the app's page.go runs onRouteChange");
  assert.equal(pilot.find({ text: "store" }).length, 1);
  await pilot.fire(root, "routeChange", "/store/cart");
  assert.deepEqual(log.slice(3), ["route /store/cart"], "Forward is a route change");
  await pilot.fire(root, "routeChange", "/");
  assert.deepEqual(log.slice(4), ["route /"], "a jump past the view below is a route change");
  await pilot.close();
});

test("without onViewPop, browser Back stays a route change", async () => {
  const log: string[] = [];
  const pilot = await runApp((page: Page) => {
    page.onRouteChange = (e) => {
      log.push(`route ${e.route}`);
    };
    page.views.push(new View("/next", [new Text("next")]));
    return page.update();
  });
  await pilot.fire(pilot.tree.page!, "routeChange", "/");
  assert.deepEqual(log, ["route /"]);
  await pilot.close();
});
