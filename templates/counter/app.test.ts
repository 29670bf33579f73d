/** Runs the app headless, as a browser tab would, clicks its buttons and reads the count. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { runApp, textOf } from "weftjs/testing";
import { main } from "./main.js";

test("the buttons count up and down", async () => {
  const pilot = await runApp(main);
  await pilot.click({ text: "Increment" });
  await pilot.click({ text: "Increment" });
  await pilot.click({ text: "Decrement" });
  assert.equal(textOf(pilot.get({ key: "count" })), "1");
  await pilot.close();
});
