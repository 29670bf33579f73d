/**
 * Flet-shaped values for props that take a fixed set: `"space_between"`, `expand: "true"`, a
 * wrong `textAlign`. Each throws `control.bad-value` naming the value Weft spells, whether it
 * comes in an options bag, a later assignment, or a handler (where it reaches the log and the
 * page); every value the types allow is still taken.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AlertDialog, Column, Container, ControlError, ElevatedButton, Row, Stack, Text } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const loose = (target: object) => target as Record<string, unknown>;

function badValue(pattern: RegExp) {
  return (error: unknown) => error instanceof ControlError && error.code === "control.bad-value" && pattern.test(error.message);
}

test("Python enum spellings are refused with their camelCase name", () => {
  assert.throws(() => new Row([], { alignment: "space_between" as never }), badValue(/^Row\.alignment has no value "space_between"; did you mean "spaceBetween"\?/));
  assert.throws(() => (loose(new Column()).horizontalAlignment = "CENTER"), badValue(/^Column\.horizontalAlignment has no value "CENTER"; did you mean "center"\?/));
  assert.throws(() => (loose(new Container()).alignment = "top_left"), badValue(/did you mean "topLeft"\?/));
  assert.throws(() => new AlertDialog({ actionsAlignment: "space_evenly" as never }), badValue(/AlertDialog\.actionsAlignment .* "spaceEvenly"/));
  assert.throws(() => new Text("x", { textAlign: "centre" as never }), badValue(/^Text\.textAlign has no value "centre"; did you mean "center"\?.*"justify"/));
});

test("expand takes true, false or a share, and says to drop the quotes from \"true\"", () => {
  assert.throws(() => new Text("x", { expand: "true" as never }), badValue(/^Text\.expand takes true, false or a share \(a number ≥ 0\), got "true"; write expand: true without quotes$/));
  assert.throws(() => (loose(new ElevatedButton("Go")).expand = -1), badValue(/got -1$/));
  assert.throws(() => (loose(new Row()).expand = Number.NaN), badValue(/got NaN$/));
  for (const ok of [true, false, 0, 1, 2.5, undefined]) new Text("x", { expand: ok });
});

test("every value the types allow is taken", () => {
  for (const alignment of ["start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly"] as const) new Row([], { alignment });
  for (const verticalAlignment of ["start", "center", "end", "stretch", "baseline"] as const) new Row([], { verticalAlignment });
  for (const alignment of ["topLeft", "topCenter", "topRight", "centerLeft", "center", "centerRight", "bottomLeft", "bottomCenter", "bottomRight"] as const) {
    new Container({ alignment });
    new Stack([], { alignment });
  }
  for (const textAlign of ["left", "right", "center", "justify", "start", "end"] as const) new Text("x", { textAlign });
});

test("on the page and in a handler the mistake reaches the log, and the page keeps working", async () => {
  const seen: string[] = [];
  const label = new Text("ready");
  const pilot = await runApp(async (page) => {
    try {
      loose(page).verticalAlignment = "space_between";
    } catch (error) {
      seen.push((error as Error).message);
    }
    const row = new Row([label]);
    await page.add(
      row,
      new ElevatedButton("Break", {
        onClick: () => {
          loose(row).alignment = "space_around";
        },
      }),
      new ElevatedButton("Fix", {
        onClick: async () => {
          row.alignment = "spaceAround";
          label.value = "fixed";
          await page.update();
        },
      }),
    );
  });
  assert.deepEqual(seen, ['page.verticalAlignment has no value "space_between"; did you mean "spaceBetween"? (it takes "start", "center", "end", "spaceBetween", "spaceAround", "spaceEvenly")']);
  await pilot.click({ text: "Break" });
  await pilot.click({ text: "Fix" });
  assert.ok(
    pilot.logs.some((entry) => entry.level === "error" && /Row\.alignment has no value "space_around"; did you mean "spaceAround"\?/.test(`${entry.message} ${(entry.error as Error | undefined)?.message ?? ""}`)),
    JSON.stringify(pilot.logs.map((e) => e.message)),
  );
  assert.equal(pilot.find({ text: "fixed" }).length, 1, "the session goes on after the handler's error");
  await pilot.close();
});
