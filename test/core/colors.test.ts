/**
 * `Colors`: Flet's colour names as strings every colour prop takes, and `Colors.withOpacity`.
 * What the browser draws for them is checked in test/browser/colors.test.ts.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { COLOR_ROLES } from "../../src/protocol/index.js";
import { Colors, ControlError, Text } from "../../src/index.js";

test("Colors has Flet's palette names with Flutter's values", () => {
  assert.equal(Colors.BLUE_GREY_100, "#cfd8dc");
  assert.equal(Colors.RED, "#f44336");
  assert.equal(Colors.RED_500, Colors.RED);
  assert.equal(Colors.DEEP_PURPLE_ACCENT_700, "#6200ea");
  assert.equal(Colors.AMBER_ACCENT, Colors.AMBER_ACCENT_200);
  assert.equal(Colors.WHITE24, "#ffffff3d");
  assert.equal(Colors.BLACK45, "#00000073");
  assert.equal(Colors.TRANSPARENT, "transparent");
  assert.ok(!("GREY_ACCENT" in Colors), "grey has no accents, as in Flutter");
});

test("Colors names every theme role, so an app can colour by role", () => {
  const values = new Set<unknown>(Object.values(Colors));
  for (const role of COLOR_ROLES) assert.ok(values.has(role), `Colors has ${role}`);
  assert.equal(Colors.ON_SURFACE_VARIANT, "onSurfaceVariant");
  assert.equal(Colors.SURFACE_CONTAINER_HIGHEST, "surfaceContainerHighest");
});

test("Colors.withOpacity gives a hex colour an alpha byte and mixes anything else with transparency", () => {
  assert.equal(Colors.withOpacity(0.5, Colors.RED), "#f4433680");
  assert.equal(Colors.withOpacity(1, "#abc"), "#aabbccff");
  assert.equal(Colors.withOpacity(0, Colors.BLACK), "#00000000");
  assert.equal(Colors.withOpacity(0.5, Colors.PRIMARY), "color-mix(in srgb, primary 50%, transparent)");
  assert.equal(Colors.withOpacity(0.25, "rebeccapurple"), "color-mix(in srgb, rebeccapurple 25%, transparent)");
  // The result is an ordinary colour prop value.
  assert.equal(new Text("x", { color: Colors.withOpacity(0.2, Colors.WHITE) }).color, "#ffffff33");
});

test("Colors.withOpacity with Flet's arguments swapped or out of range says what it takes", () => {
  const swapped = () => (Colors.withOpacity as (a: unknown, b: unknown) => string)(Colors.RED, 0.5);
  assert.throws(swapped, (error: unknown) => error instanceof ControlError && /takes an opacity from 0 to 1 first, got "#f44336"/.test(error.message));
  assert.throws(() => Colors.withOpacity(1.5, Colors.RED), /opacity from 0 to 1 first, got 1.5/);
  assert.throws(() => Colors.withOpacity(Number.NaN, Colors.RED), /got NaN/);
  assert.throws(() => Colors.withOpacity(0.5, ""), /colour string second, e.g. Colors.RED/);
});
