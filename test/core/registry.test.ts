import assert from "node:assert/strict";
import { test } from "node:test";
import { Text } from "../../src/index.js";
import { ControlRegistry } from "../../src/core/registry.js";

test("the registry finds, counts, forgets and lists controls by id", () => {
  const registry = new ControlRegistry();
  const [a, b, c] = [new Text("a"), new Text("b"), new Text("c")];
  registry.set(1, a);
  registry.set(2, b);
  registry.set(5, c);
  assert.equal(registry.size, 3);
  assert.equal(registry.get(2), b);
  assert.equal(registry.get(3), undefined);
  assert.equal(registry.get(-1), undefined);
  assert.equal(registry.get(1e12), undefined);
  registry.delete(2);
  registry.delete(2);
  registry.delete(99);
  assert.equal(registry.size, 2);
  assert.deepEqual([...registry.values()], [a, c]);
  registry.clear();
  assert.equal(registry.size, 0);
  assert.equal(registry.get(1), undefined);
});

test("a registry whose ids are mostly gone keeps working, and keeps only the live ones", () => {
  const registry = new ControlRegistry();
  const kept = new Text("kept");
  registry.set(1, kept);
  // A long session: 20,000 controls come and go, one stays.
  for (let id = 2; id <= 20_001; id++) {
    registry.set(id, new Text(String(id)));
    if (id > 9) registry.delete(id - 8);
  }
  assert.equal(registry.size, 1 + 8);
  assert.equal(registry.get(1), kept);
  assert.equal((registry.get(20_001) as Text | undefined)?.value, "20001");
  assert.equal(registry.get(100), undefined);
  registry.set(20_002, new Text("later"));
  assert.equal(registry.size, 10);
  assert.deepEqual([...registry.values()].map((t) => (t as Text).value).slice(0, 2), ["kept", "19994"]);
});
