/**
 * The public API, pinned: adding or removing a runtime export of `src/index.ts` must be a
 * deliberate change to this list (types are erased at runtime and not listed). The controls
 * declared with `control()` are pinned by the generated list they are exported from
 * (scripts/generate-controls.ts, checked by test/controls-declared.test.ts), so a new control is
 * its class, its renderer and its test.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as declared from "../src/core/controls/declared.js";
import * as weft from "../src/index.js";

const PINNED = [
  "BeveledRectangleBorder",
  "BorderSide",
  "ButtonStyle",
  "CircleBorder",
  "ControlState",
  "RoundedRectangleBorder",
  "StadiumBorder",
  "AppBar",
  "AppError",
  "Colors",
  "Control",
  "ControlError",
  "DataTable",
  "DestinationBase",
  "ErrorCode",
  "FileStore",
  "FloatingActionButton",
  "IconButton",
  "Icons",
  "MemoryPubSub",
  "MemoryStore",
  "NavigationBar",
  "NavigationBarDestination",
  "NavigationDrawer",
  "NavigationDrawerDestination",
  "NavigationRail",
  "NavigationRailDestination",
  "OverlayBase",
  "Page",
  "matchRoute",
  "normalizeRoute",
  "parseQuery",
  "TemplateRoute",
  "View",
  "Theme",
  "UserControl",
  "WeftError",
  "app",
  "appAsync",
  "createHandler",
  "defineControl",
  "sleep",
  "canvas",
];

const EXPECTED = [...new Set([...PINNED, ...Object.keys(declared)])].sort();

test("src/index.ts exports exactly the pinned runtime names", () => {
  assert.deepEqual(Object.keys(weft).sort(), EXPECTED);
});

test("src/index.browser.ts exports the same names; its app and appAsync are the worker host's", async () => {
  const browser = await import("../src/index.browser.js");
  assert.deepEqual(Object.keys(browser).sort(), Object.keys(weft).sort(), "src/index.browser.ts must export what src/index.ts does");
  assert.notEqual(browser.app, weft.app);
  assert.equal(browser.Text, weft.Text, "the same core in both builds");
  // One app file type-checks against both builds: the browser functions take the server's options.
  const sameApp: typeof weft.app = browser.app;
  const sameAppAsync: typeof weft.appAsync = browser.appAsync;
  assert.equal(typeof sameApp, "function");
  assert.equal(typeof sameAppAsync, "function");
});

test("the package is named weftjs: an app's import of \"weftjs\" and \"weftjs/testing\" reaches these sources", async () => {
  // Node resolves a package's own name through its exports map, as it does for an installed one.
  const byName = await import("weftjs");
  assert.equal(byName.Text, weft.Text);
  const testing = await import("weftjs/testing");
  const local = await import("../src/testing/index.js");
  assert.deepEqual(Object.keys(testing).sort(), Object.keys(local).sort());
});
