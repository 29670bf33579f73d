/**
 * The outbox writes the patch envelope by hand around `JSON.stringify(ops)` (it is faster, and
 * every update pays for it); this pins that the text is byte for byte what the codec would encode.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodePatch } from "../../src/core/outbox.js";
import { encodeFrame, Op, ServerAction, type PatchOp } from "../../src/protocol/index.js";

const CASES: PatchOp[][] = [
  [],
  [[Op.set, 2, { value: "Hello!" }]],
  [[Op.set, 7, { value: 'quotes " and \\ and \u2028 and émoji 🎉', size: null, onClick: true }]],
  [
    [Op.insert, 1, "controls", 0, { id: 2, t: "text", p: { value: "a" } }, { id: 3, t: "column", c: { controls: [{ id: 4, t: "text" }] } }],
    [Op.move, 3, 0],
    [Op.remove, 2],
    [Op.clean, 1, "controls"],
  ],
];

test("encodePatch writes exactly the frame the codec encodes", () => {
  for (const [i, ops] of CASES.entries()) {
    for (const seq of [1, 42, 2 ** 31]) {
      assert.equal(encodePatch(seq, ops), encodeFrame([ServerAction.patch, { seq, ops }]), `case ${i}, seq ${seq}`);
    }
  }
});
