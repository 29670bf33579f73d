/** Runs the app headless, as a browser tab would, and reads what it shows. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Text } from "weftjs";
import { runApp } from "weftjs/testing";
import { main } from "./main.js";

test("the page greets the user", async () => {
  const pilot = await runApp(main);
  assert.equal(pilot.find({ type: Text, text: "Hello from Weft!" }).length, 1);
  await pilot.close();
});
