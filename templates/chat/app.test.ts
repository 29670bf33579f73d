/** Runs the app headless, as a browser tab would: joins, sends a message and reads it back. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Text, TextField } from "weftjs";
import { runApp } from "weftjs/testing";
import { main } from "./main.js";

test("a message sent by a user shows in the room", async () => {
  const pilot = await runApp(main);
  await pilot.type({ type: TextField, text: "Your name" }, "Ada");
  await pilot.click({ text: "Join" });
  await pilot.type({ type: TextField, text: "Message" }, "Hello");
  await pilot.click({ text: "Send" });
  await pilot.waitFor(() => pilot.find({ type: Text, text: "Ada: Hello" }).length === 1, { what: "the message" });
  assert.equal(pilot.find({ type: Text, text: "Ada: joined the chat" }).length, 1);
  await pilot.close();
});
