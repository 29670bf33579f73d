import assert from "node:assert/strict";
import { test } from "node:test";
import { Row, sleep, Text } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("40 concurrent tasks: patches arrive numbered in order, each task's pair never torn apart", async () => {
  const pairs: Array<[Text, Text]> = [];
  const pilot = await runApp(async (page) => {
    for (let i = 0; i < 40; i++) {
      const pair: [Text, Text] = [new Text("0"), new Text("0")];
      pairs.push(pair);
      page.controls.push(new Row(pair));
    }
    await page.update();
    for (let i = 0; i < 40; i++) {
      page.runTask(async () => {
        for (let step = 1; step <= 5; step++) {
          await sleep((i * 7 + step * 3) % 11);
          const [a, b] = pairs[i]!;
          a.value = String(step);
          b.value = String(step);
          await a.update();
        }
      });
    }
  });
  await pilot.waitFor(() => pilot.find({ text: "5" }).length === 80, { what: "every task's last step" });
  await pilot.settle();

  const seqs = pilot.patches.map((p) => p.frame[1].seq);
  assert.deepEqual(seqs, seqs.map((_, i) => i + 1), "patch numbers are 1, 2, 3, … with no gap or swap");
  // Within each patch, a task's two texts change together: no patch holds one without the other.
  for (const patch of pilot.patches) {
    const changed = new Set(patch.frame[1].ops.filter((op) => op[0] === "set").map((op) => op[1]));
    for (const [a, b] of pairs) assert.equal(changed.has(a.id), changed.has(b.id));
  }
  for (const [a, b] of pairs) {
    assert.equal(pilot.tree.get(a.id)!.props.value, "5");
    assert.equal(pilot.tree.get(b.id)!.props.value, "5");
  }
  await pilot.close();
});

test("calls that send without await keep their order", async () => {
  const pilot = await runApp((page) => {
    const t = new Text("a");
    void page.add(t);
    t.value = "b";
    void t.update();
    void page.add(new Text("c"));
    t.value = "d";
    void page.update();
  });
  const ops = pilot.patches.map((p) => p.frame[1].ops.map((op) => op[0]));
  assert.deepEqual(ops, [["insert", "insert"], ["set"], ["insert"], ["set"]], "the page travels with the first add");
  assert.deepEqual(pilot.find({ type: Text }).map((n) => n.props.value), ["d", "c"]);
  await pilot.close();
});
