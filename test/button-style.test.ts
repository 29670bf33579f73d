/**
 * A button's `style` is checked where it is set: wrong names get the nearest right one, wrong
 * values say what is wanted, and a good style travels as a plain object, every property a map by
 * state.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { BorderSide, ButtonStyle, CircleBorder, ElevatedButton, IconButton, RoundedRectangleBorder, TextButton } from "../src/index.js";

test("a style travels as maps by state, a single value as the default", () => {
  const button = new ElevatedButton("Save", {
    style: new ButtonStyle({
      color: { hovered: "white", default: "black" },
      bgcolor: "amber",
      shape: new RoundedRectangleBorder({ radius: 8 }),
      padding: 4,
      side: { pressed: new BorderSide(2, "red") },
      elevation: 0,
    }),
  });
  assert.deepEqual(JSON.parse(JSON.stringify(button.style)), {
    color: { hovered: "white", default: "black" },
    bgcolor: { default: "amber" },
    shape: { default: { type: "roundedRectangle", radius: 8 } },
    padding: { default: { top: 4, right: 4, bottom: 4, left: 4 } },
    side: { pressed: { width: 2, color: "red" } },
    elevation: { default: 0 },
  });
  button.style = { shape: new CircleBorder(), padding: { left: 3 } };
  assert.deepEqual(button.style, { shape: { default: { type: "circle" } }, padding: { default: { top: 0, right: 0, bottom: 0, left: 3 } } });
  button.style = undefined;
  assert.equal(button.style, undefined);
});

test("wrong names and values in a style are refused with what to write instead", () => {
  const refused = (style: unknown, code: string, message: RegExp) =>
    assert.throws(() => new TextButton("x", { style: style as ButtonStyle }), (e: Error & { code?: string }) => {
      assert.equal(e.code, code);
      assert.match(e.message, message);
      return true;
    });
  refused({ bgcolour: "red" }, "control.unknown-option", /TextButton\.style has no "bgcolour"; did you mean "bgcolor"\?/);
  refused({ overlay_color: "red" }, "control.unknown-option", /did you mean "overlayColor"\?/);
  refused({ color: { hover: "red" } }, "control.unknown-option", /TextButton\.style\.color has no "hover"; did you mean "hovered"\?/);
  refused({ color: 3 }, "control.bad-value", /TextButton\.style\.color must be a colour string/);
  refused({ elevation: { pressed: -1 } }, "control.bad-value", /style\.elevation\.pressed must be a number of at least 0, got -1/);
  refused({ shape: "stadium" }, "control.bad-value", /style\.shape must be a shape: new RoundedRectangleBorder/);
  refused({ shape: { type: "oval" } }, "control.bad-value", /must be a shape/);
  refused({ padding: { lft: 2 } }, "control.unknown-option", /style\.padding has no "lft"; did you mean "left"\?/);
  refused({ side: { width: "2" } }, "control.bad-value", /style\.side\.width must be a number/);
  refused("red", "control.bad-value", /TextButton\.style must be a ButtonStyle/);
  assert.throws(() => new IconButton("add", { style: { colr: "red" } as never }), /IconButton\.style has no "colr"; did you mean "color"\?/);
  assert.deepEqual(new IconButton({ icon: "add", style: { color: "red" } }).style, { color: { default: "red" } });
  assert.throws(() => new ButtonStyle({ bgcolr: "red" } as never), /ButtonStyle has no "bgcolr"; did you mean "bgcolor"\?/);
});
