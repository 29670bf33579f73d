/**
 * `beforeUpdate()` (Flet's `before_update`): runs before the first patch that sends a control and
 * before every later one while it is on the page, in the same patch; a throw is its own error.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, ElevatedButton, Text, type ErrorEvent } from "../../src/core/index.js";
import { Op } from "../../src/protocol/index.js";
import { runApp } from "../../src/testing/index.js";

class Counted extends Column {
  runs = 0;
  label = new Text("");
  constructor(readonly items: string[]) {
    super();
    this.controls = [this.label];
  }
  override beforeUpdate(): void {
    this.runs++;
    this.label.value = `${this.items.length} item(s)`;
  }
}

test("beforeUpdate sets what the first patch shows, and runs again before the patch after a handler", async () => {
  const counted = new Counted(["a"]);
  const pilot = await runApp((page) =>
    page.add(counted, new ElevatedButton("Add", { onClick: () => void counted.items.push("b") })),
  );
  assert.equal(pilot.get({ text: "1 item(s)" }).type, "text", "the first patch already holds what beforeUpdate set");
  const runs = counted.runs;
  const patches = pilot.patches.length;
  await pilot.click({ text: "Add" });
  assert.equal(counted.runs, runs + 1);
  assert.equal(pilot.patches.length, patches + 1, "one patch for the click");
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [[Op.set, counted.label.id, { value: "2 item(s)" }]]);
  await pilot.close();
});

test("a control removed from the page is no longer asked; one whose beforeUpdate throws reports it and the patch still goes", async () => {
  const errors: ErrorEvent[] = [];
  class Broken extends Column {
    override beforeUpdate(): void {
      throw new Error("count failed");
    }
  }
  const counted = new Counted([]);
  const broken = new Broken([new Text("still here")]);
  const pilot = await runApp((page) => {
    page.onError = (e) => void errors.push(e);
    page.add(counted, broken, new ElevatedButton("Remove", { onClick: () => page.remove(counted) }));
  });
  assert.ok(pilot.find({ text: "still here" }).length === 1);
  assert.ok(errors.length >= 1);
  assert.equal(errors[0]!.phase, "beforeUpdate");
  assert.equal(errors[0]!.source, broken);
  assert.match(errors[0]!.data, /count failed/);
  await pilot.click({ text: "Remove" });
  const runs = counted.runs;
  await pilot.page.update();
  assert.equal(counted.runs, runs, "not asked once it left the page");
  await pilot.close();
});
