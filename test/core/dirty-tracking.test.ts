import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, Text } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("defaults are not sent; only props that differ travel", async () => {
  const pilot = await runApp(async (page) => {
    await page.add(new Text("Hi"), new Text("", { size: 20 }));
  });
  const [hi, sized] = pilot.find({ type: Text });
  assert.deepEqual(hi!.props, { value: "Hi" });
  assert.deepEqual(sized!.props, { size: 20 });
  await pilot.close();
});

test("setting one prop sends one set op naming only that prop", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("before", { size: 12 });
    await page.add(text);
  });
  const mark = pilot.patches.length;
  text.value = "after";
  await text.update();
  await pilot.settle();
  const patches = pilot.patches.slice(mark);
  assert.equal(patches.length, 1);
  assert.deepEqual(patches[0]!.frame[1], { seq: mark + 1, ops: [["set", text.id, { value: "after" }]] });
  await pilot.close();
});

test("setting a prop back to its default sends the default value itself", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("x", { italic: true });
    await page.add(text);
  });
  text.italic = false;
  await text.update();
  await pilot.settle();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1], { seq: pilot.patches.length, ops: [["set", text.id, { italic: false }]] });
  assert.deepEqual(pilot.get({ type: Text }).props, { value: "x", italic: false });
  text.size = 20;
  await text.update();
  text.size = undefined;
  await text.update();
  await pilot.settle();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [["set", text.id, { size: null }]], "an unset value travels as null");
  await pilot.close();
});

test("setting a prop to its current value marks nothing and sends nothing", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("same");
    await page.add(text);
  });
  const frames = pilot.frames.length;
  text.value = "same";
  await pilot.page.update();
  await pilot.settle();
  assert.equal(pilot.frames.length, frames);
  await pilot.close();
});

test("updating one prop of one control in a page of 10,000 visits one node, not the tree", async () => {
  const texts: Text[] = [];
  const pilot = await runApp(async (page) => {
    const rows: Column[] = [];
    for (let r = 0; r < 100; r++) {
      const row: Text[] = [];
      for (let i = 0; i < 99; i++) {
        const t = new Text(`${r}:${i}`);
        texts.push(t);
        row.push(t);
      }
      rows.push(new Column(row));
    }
    await page.add(...rows);
  });
  const tree = pilot.session.tree;
  assert.equal(tree.registry.size, 1 + 100 + 9900); // page, columns, texts: 10,001 controls
  const before = tree.visited;
  texts[5000]!.value = "changed";
  await pilot.page.update();
  assert.equal(tree.visited - before, 1, "the flush visited exactly the one dirty control");
  await pilot.settle();
  assert.equal(pilot.patches.at(-1)!.frame[1].ops.length, 1);
  assert.equal(pilot.get({ type: Text, text: "changed" }).id, texts[5000]!.id);
  await pilot.close();
});

test("a Text.value patch is a small frame", async () => {
  let text!: Text;
  const pilot = await runApp(async (page) => {
    text = new Text("0");
    await page.add(text);
  });
  text.value = "42";
  await text.update();
  await pilot.settle();
  assert.ok(pilot.patches.at(-1)!.bytes <= 64, `frame was ${pilot.patches.at(-1)!.bytes} bytes`);
  await pilot.close();
});

test("mutating a children array marks only its owner dirty", async () => {
  let column!: Column;
  const pilot = await runApp(async (page) => {
    column = new Column([new Text("a")]);
    await page.add(new Column([new Text("elsewhere")]), column);
  });
  const before = pilot.session.tree.visited;
  column.controls.push(new Text("b"));
  await column.update();
  // The column itself plus the one new Text it mounts.
  assert.equal(pilot.session.tree.visited - before, 2);
  await pilot.close();
});
