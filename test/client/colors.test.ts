/** Colour props: CSS colours pass through; M3 role names become the theme's custom properties. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { color, colorsIn } from "../../src/client/colors.js";

test("role names map to --md-sys-color-* variables", () => {
  assert.equal(color("primary"), "var(--md-sys-color-primary)");
  assert.equal(color("onPrimaryContainer"), "var(--md-sys-color-on-primary-container)");
  assert.equal(color("surfaceContainerHighest"), "var(--md-sys-color-surface-container-highest)");
});

test("other values pass through; non-strings clear", () => {
  assert.equal(color("red"), "red");
  assert.equal(color("#ff0000"), "#ff0000");
  assert.equal(color("rgb(0 0 0 / 50%)"), "rgb(0 0 0 / 50%)");
  assert.equal(color(null), "");
  assert.equal(color(3), "");
});

test("role names inside a border shorthand are mapped", () => {
  assert.equal(colorsIn("1px solid outline"), "1px solid var(--md-sys-color-outline)");
  assert.equal(colorsIn("2px dashed red"), "2px dashed red");
});
