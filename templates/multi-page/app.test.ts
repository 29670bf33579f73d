/** Runs the app headless, as a browser tab would: a deep link, then Back to the list. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Page, Text } from "weftjs";
import { runApp } from "weftjs/testing";
import { main } from "./main.js";

test("a deep link opens the item, and Back returns to the list", async () => {
  const pilot = await runApp(main, { route: "/items/1" });
  assert.equal(pilot.find({ type: Text, text: "All about Bread." }).length, 1);
  await pilot.click({ text: "Back" });
  assert.equal(pilot.control<Page>(pilot.tree.page!).route, "/");
  assert.equal(pilot.find({ type: Text, text: "Cheese" }).length, 1);
  await pilot.close();
});
