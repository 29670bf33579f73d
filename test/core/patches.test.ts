import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, Row, Text, type Control } from "../../src/core/index.js";
import { mirrorTreeOf, runApp, serverTreeOf, type Pilot } from "../../src/testing/index.js";

async function lastOps(pilot: Pilot, change: () => void | Promise<void>) {
  const mark = pilot.patches.length;
  await change();
  await pilot.page.update();
  await pilot.settle();
  return pilot.patches.slice(mark).flatMap((p) => p.frame[1].ops);
}

function assertInSync(pilot: Pilot): void {
  assert.deepEqual(mirrorTreeOf(pilot.tree.page!), serverTreeOf(pilot.page));
  assert.equal(pilot.tree.unknownIds, 0);
}

test("page.add sends one insert op carrying every new control", async () => {
  const pilot = await runApp(() => {});
  const a = new Text("a");
  const b = new Text("b");
  const ops = await lastOps(pilot, () => pilot.page.add(a, b));
  assert.deepEqual(ops, [["insert", pilot.page.id, "controls", 0, { id: a.id, t: "text", p: { value: "a" } }, { id: b.id, t: "text", p: { value: "b" } }]]);
  assertInSync(pilot);
  await pilot.close();
});

test("a nested subtree travels whole in its insert op", async () => {
  const pilot = await runApp(() => {});
  const inner = new Text("inner");
  const column = new Column([new Row([inner])], { spacing: 4 });
  const ops = await lastOps(pilot, () => pilot.page.add(column));
  assert.equal(ops.length, 1);
  const node = ops[0]![4] as unknown as { t: string; p: unknown; c: { controls: Array<{ t: string; c: unknown }> } };
  assert.equal(node.t, "column");
  assert.deepEqual(node.p, { spacing: 4 });
  assert.equal(node.c.controls[0]!.t, "row");
  assert.deepEqual(node.c.controls[0]!.c, { controls: [{ id: inner.id, t: "text", p: { value: "inner" } }] });
  assertInSync(pilot);
  await pilot.close();
});

test("insert in the middle, move, remove and clean each send their own op", async () => {
  const [a, b, c, d] = ["a", "b", "c", "d"].map((v) => new Text(v)) as [Text, Text, Text, Text];
  const column = new Column([a, b, c]);
  const pilot = await runApp((page) => page.add(column));

  let ops = await lastOps(pilot, () => void column.controls.splice(1, 0, d));
  assert.deepEqual(ops, [["insert", column.id, "controls", 1, { id: d.id, t: "text", p: { value: "d" } }]]);

  ops = await lastOps(pilot, () => {
    column.controls = [c, a, d, b];
  });
  assert.deepEqual(ops, [["move", c.id, 0]]);

  const removedId = d.id;
  ops = await lastOps(pilot, () => void column.controls.splice(2, 1));
  assert.deepEqual(ops, [["remove", removedId]]);
  assert.equal(d.id, 0, "a removed control gives up its id");

  ops = await lastOps(pilot, () => {
    column.controls.length = 0;
  });
  assert.deepEqual(ops, [["clean", column.id, "controls"]]);
  assertInSync(pilot);
  await pilot.close();
});

test("page.insert, remove, removeAt and clean keep server and client equal", async () => {
  const pilot = await runApp(() => {});
  const t = (v: string) => new Text(v);
  const x = t("x");
  await pilot.page.add(t("1"), x, t("3"));
  await pilot.page.insert(1, t("inserted"));
  await pilot.page.remove(x);
  await pilot.page.removeAt(0);
  await pilot.settle();
  assert.deepEqual(pilot.find({ type: Text }).map((n) => n.props.value), ["inserted", "3"]);
  assertInSync(pilot);
  await pilot.page.clean();
  await pilot.settle();
  assert.equal(pilot.find({ type: Text }).length, 0);
  assertInSync(pilot);
  assert.throws(() => pilot.page.remove(x), { code: "control.not-mounted" });
  assert.throws(() => pilot.page.removeAt(5), { code: "control.bad-value" });
  await pilot.close();
});

test("a control moved to another parent is removed there and inserted here", async () => {
  const moving = new Text("moving");
  const left = new Column([moving]);
  const right = new Column([]);
  const pilot = await runApp((page) => page.add(new Row([left, right])));
  // Both orders in which the two parents can become dirty.
  for (const [from, to] of [[left, right], [right, left]] as const) {
    await lastOps(pilot, () => {
      to.controls.push(moving);
      from.controls.splice(from.controls.indexOf(moving), 1);
    });
    assert.equal(moving.parent, to);
    assertInSync(pilot);
  }
  await pilot.close();
});

test("a control placed in two parents at once is refused with a clear error", async () => {
  const errors: string[] = [];
  const shared = new Text("shared");
  const left = new Column([shared]);
  const right = new Column([]);
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void errors.push(e.data);
    await page.add(left, right);
  });
  right.controls.push(shared);
  await right.update();
  await pilot.settle();
  assert.match(errors[0]!, /already on the page; remove it from Column/);
  assert.equal(right.controls.length, 0, "the refused child is taken back out");
  assertInSync(pilot);
  await pilot.close();
});

test("children must be controls: a clear error at the point of the mistake", async () => {
  const column = new Column();
  assert.throws(() => column.controls.push("text" as unknown as Control), { code: "control.not-a-control", message: /Column.controls\[0\] must be a control, got string/ });
  assert.throws(() => new Text("x", { colour: "red" } as never), { code: "control.unknown-option", message: /did you mean "color"/ });
});

test("random edits of nested lists keep the client tree equal to the server's", async () => {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const columns = [new Column(), new Column(), new Column()];
  const pool = Array.from({ length: 30 }, (_, i) => new Text(`t${i}`));
  const pilot = await runApp((page) => page.add(...columns));
  for (let round = 0; round < 300; round++) {
    const column = columns[random(3)]!;
    const list = column.controls;
    switch (random(6)) {
      case 0: {
        const free = pool.filter((t) => !t.parent);
        if (free.length) list.splice(random(list.length + 1), 0, free[random(free.length)]!);
        break;
      }
      case 1:
        if (list.length) list.splice(random(list.length), 1);
        break;
      case 2:
        list.reverse();
        break;
      case 3:
        list.sort(() => random(3) - 1);
        break;
      case 4:
        if (list.length) (list[random(list.length)] as Text).value = `v${round}`;
        break;
      case 5: {
        // Move a child to another column in the same flush.
        const other = columns[random(3)]!;
        if (other !== column && list.length) other.controls.push(list.splice(random(list.length), 1)[0]!);
        break;
      }
    }
    if (random(3) === 0) {
      await pilot.page.update();
      await pilot.settle();
      assertInSync(pilot);
    }
  }
  await pilot.page.update();
  await pilot.settle();
  assertInSync(pilot);
  await pilot.close();
});
