/**
 * The parts of navigation that say how the browser's history moves (docs/navigation.md):
 * `page.go(route, { replace: true })`, browser Back as `onViewPop` when it returns to the view
 * below the top, and the order of events.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Page, Text } from "../../src/core/index.js";
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
