/**
 * The op rules of the shared applier (`protocol/tree-applier.ts`), pinned on the mirror host: what
 * each op does at the edges. test/browser/ops-hosts.test.ts proves the DOM host ends the same.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PatchOp } from "../../src/protocol/index.js";
import { MirrorTree } from "../../src/testing/index.js";

/** A page holding a column (id 2) of Texts 10–13. */
function column(): MirrorTree {
  const tree = new MirrorTree();
  const texts = [10, 11, 12, 13].map((id) => ({ id, t: "text", p: { value: `t${id}` } }));
  tree.apply([["insert", 0, "page", 0, { id: 1, t: "page", c: { controls: [{ id: 2, t: "column", c: { controls: texts } }] } }]]);
  return tree;
}

function order(tree: MirrorTree, ops: PatchOp[]): number[] {
  tree.apply(ops);
  return tree.get(2)!.slots.controls!.map((node) => node.id);
}

test("move and insert indexes are clamped to the slot: negative is first, past the end is last", () => {
  assert.deepEqual(order(column(), [["move", 10, 3]]), [11, 12, 13, 10]);
  assert.deepEqual(order(column(), [["move", 10, 99]]), [11, 12, 13, 10]);
  assert.deepEqual(order(column(), [["move", 13, -5]]), [13, 10, 11, 12]);
  assert.deepEqual(order(column(), [["move", 10, 2], ["move", 13, 0]]), [13, 11, 12, 10]);
  assert.deepEqual(order(column(), [["insert", 2, "controls", -1, { id: 20, t: "text" }], ["insert", 2, "controls", 99, { id: 21, t: "text" }]]), [20, 10, 11, 12, 13, 21]);
});

test("an op naming a removed id is skipped, counted and explained; the ops after it still apply", () => {
  const tree = column();
  tree.apply([["remove", 12], ["set", 12, { value: "ghost" }], ["move", 12, 0], ["set", 10, { value: "after" }]]);
  assert.equal(tree.unknownIds, 2);
  assert.deepEqual(tree.warnings, ["set op names unknown control id 12; skipped", "move op names unknown control id 12; skipped"]);
  assert.equal(tree.get(10)!.props.value, "after");
  assert.equal(tree.size, 5);
});

test("a removed id can come back; a new node keeps no null props; a removed subtree is forgotten whole", () => {
  const tree = column();
  tree.apply([["remove", 11], ["insert", 2, "controls", 0, { id: 11, t: "text", p: { value: "back", color: null } }]]);
  assert.deepEqual(tree.get(11)!.props, { value: "back" });
  tree.apply([["remove", 2]]);
  assert.equal(tree.get(10), undefined);
  assert.equal(tree.size, 1);
  assert.deepEqual(tree.warnings, []);
});

test("an id inserted twice: the newer wins, and forgetting the older leaves the newer findable", () => {
  const tree = column();
  tree.apply([["insert", 1, "controls", 1, { id: 13, t: "text", p: { value: "newer" } }], ["clean", 2, "controls"], ["set", 13, { value: "kept" }]]);
  assert.equal(tree.get(13)!.props.value, "kept");
  assert.deepEqual(tree.warnings, ["control id 13 inserted twice; the newer wins"]);
});

test("children for a slot the control does not have are skipped, as the browser's renderer has no holder for them", () => {
  const tree = column();
  tree.apply([["insert", 10, "controls", 0, { id: 40, t: "text" }]]);
  assert.equal(tree.get(40), undefined);
  assert.deepEqual(tree.warnings, ['text #10 has no slot "controls"; insert skipped']);
});
