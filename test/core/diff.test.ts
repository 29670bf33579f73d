/**
 * The keyed list diff: replaying its ops on the list the client holds always gives the new list,
 * and the common edits cost one op each.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { diffList } from "../../src/core/diff.js";

type Op = ["remove", number] | ["insert", number, number] | ["move", number, number] | ["clear"];

/** Runs the diff and replays its ops on a copy of `before`, as the client does. */
function replay(before: number[], after: number[]): { result: number[]; ops: Op[] } {
  const ops: Op[] = [];
  const result = before.slice();
  diffList(before, after, {
    remove: (item) => {
      ops.push(["remove", item]);
      result.splice(result.indexOf(item), 1);
    },
    insert: (item, index) => {
      ops.push(["insert", item, index]);
      result.splice(index, 0, item);
    },
    move: (item, index) => {
      ops.push(["move", item, index]);
      result.splice(result.indexOf(item), 1);
      result.splice(index, 0, item);
    },
    clear: () => {
      ops.push(["clear"]);
      result.length = 0;
    },
  });
  return { result, ops };
}

test("replaying the ops on the old list gives the new one, for any two lists of distinct items", () => {
  const list = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 30 });
  fc.assert(
    fc.property(list, list, (before, after) => {
      assert.deepEqual(replay(before, after).result, after);
    }),
    { numRuns: 2000 },
  );
});

test("appends, inserts in one place, removals and clearing cost one op per item touched", () => {
  const base = Array.from({ length: 10_000 }, (_, i) => i);
  const appended = replay(base, [...base, 10_000, 10_001]);
  assert.deepEqual(appended.ops, [["insert", 10_000, 10_000], ["insert", 10_001, 10_001]]);
  const inserted = replay(base, [...base.slice(0, 5), -1, -2, ...base.slice(5)]);
  assert.deepEqual(inserted.ops, [["insert", -1, 5], ["insert", -2, 6]]);
  assert.deepEqual(replay(base, base.filter((i) => i !== 7)).ops, [["remove", 7]]);
  assert.deepEqual(replay([], [1, 2]).ops, [["insert", 1, 0], ["insert", 2, 1]]);
  assert.deepEqual(replay(base, []).ops, [["clear"]]);
  assert.deepEqual(replay(base, base).ops, []);
});
