/**
 * Flet's Python spellings on a page or a control throw with the Weft name instead of adding a
 * property nobody reads; Flet's older `page.dialog` points to `page.open`.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AlertDialog, ControlError, ElevatedButton, Text, TextField, UserControl } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const loose = (target: object) => target as Record<string, unknown>;

test("a control's snake_case prop or handler says its camelCase name, on write and on read", () => {
  const button = new ElevatedButton("Save");
  assert.throws(
    () => (loose(button).on_click = () => {}),
    (error: unknown) => error instanceof ControlError && error.code === "control.unknown-option" && error.message === "ElevatedButton.on_click is Flet's Python spelling; in Weft it is ElevatedButton.onClick",
  );
  assert.throws(() => loose(new Text("x")).text_align, /Text.text_align is Flet's Python spelling; in Weft it is Text.textAlign/);
  assert.throws(() => (loose(new TextField()).hint_text = "Name"), /TextField.hint_text .* TextField.hintText/);
  // Names that are the same in both languages are untouched.
  const text = new Text("x");
  text.value = "y";
  assert.equal(text.value, "y");
});

test("the page's snake_case names, and Flet's page.dialog, say what to write instead", async () => {
  const seen: string[] = [];
  const pilot = await runApp((page) => {
    for (const write of [
      () => (loose(page).horizontal_alignment = "center"),
      () => (loose(page).on_route_change = () => {}),
      () => loose(page).window_width,
      () => (loose(page).dialog = new AlertDialog({})),
      () => (loose(page).snack_bar = undefined),
    ]) {
      try {
        write();
        seen.push("nothing thrown");
      } catch (error) {
        seen.push((error as Error).message);
      }
    }
    page.horizontalAlignment = "center";
  });
  assert.deepEqual(seen.slice(0, 1), ["page.horizontal_alignment is Flet's Python spelling; in Weft it is page.horizontalAlignment"]);
  assert.equal(seen[1], "page.on_route_change is Flet's Python spelling; in Weft it is page.onRouteChange", "navigation's names have their twins too");
  assert.equal(seen[2], "page.window_width is Flet's Python spelling; in Weft it is page.windowWidth");
  assert.match(seen[3]!, /^page\.dialog: Flet's older API; in Weft, show it with page\.open\(control\)/);
  assert.match(seen[4]!, /^page\.snack_bar: Flet's older API/);
  await pilot.close();
});

test("a subclass's own fields stay its own, even with a guarded name; an assignment in its constructor is caught", () => {
  class Task extends UserControl {
    task_name = "milk";
    override build() {
      return new Text(this.task_name);
    }
  }
  assert.equal(new Task().task_name, "milk");
  class Caption extends Text {
    text_align = "mine";
  }
  assert.equal(new Caption("x").text_align, "mine", "a declared field is the class's own property");
  class Clicky extends ElevatedButton {
    constructor() {
      super("Go");
      loose(this).on_click = () => {};
    }
  }
  assert.throws(() => new Clicky(), /Clicky.on_click is Flet's Python spelling; in Weft it is Clicky.onClick/);
});
