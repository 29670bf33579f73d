import assert from "node:assert/strict";
import { test } from "node:test";
import { Checkbox, Column, Container, ElevatedButton, IconButton, sleep, Text, TextField, type ControlEvent } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("handlers may be sync functions, async functions, arrows and methods, and get a typed event", async () => {
  const seen: string[] = [];
  class Handlers {
    prefix = "method";
    onClick(e: ControlEvent) {
      seen.push(`${this.prefix ?? "unbound"} ${e.name}`);
    }
  }
  const handlers = new Handlers();
  const pilot = await runApp(async (page) => {
    await page.add(
      new ElevatedButton("sync", { onClick: function (e) { seen.push(`sync ${e.control.text} ${e.page === page}`); } }),
      new ElevatedButton("async", { onClick: async (e) => { await sleep(1); seen.push(`async ${e.data}`); } }),
      new ElevatedButton("method", { onClick: (e) => handlers.onClick(e) }),
    );
  });
  await pilot.click({ text: "sync" });
  await pilot.click({ text: "async" });
  await pilot.click({ text: "method" });
  assert.deepEqual(seen, ["sync sync true", "async null", "method click"]);
  await pilot.close();
});

test("a handler that awaits does not block the tab's other events", async () => {
  const order: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pilot = await runApp(async (page) => {
    await page.add(
      new ElevatedButton("slow", { onClick: async () => { order.push("slow start"); await gate; order.push("slow end"); } }),
      new ElevatedButton("fast", { onClick: () => void order.push("fast") }),
    );
  });
  const slow = pilot.click({ text: "slow" });
  await pilot.waitFor(() => order.includes("slow start"));
  const fast = pilot.fire({ text: "fast" }, "click");
  await pilot.waitFor(() => order.includes("fast"), { what: "the fast click to run while the slow one waits" });
  assert.deepEqual(order, ["slow start", "fast"]);
  release();
  await Promise.all([slow, fast]);
  assert.deepEqual(order, ["slow start", "fast", "slow end"]);
  await pilot.close();
});

test("whatever is dirty after a handler is flushed without an explicit update()", async () => {
  const pilot = await runApp(async (page) => {
    const label = new Text("0");
    await page.add(label, new ElevatedButton("+", { onClick: () => void (label.value = String(Number(label.value) + 1)) }));
  });
  await pilot.click({ text: "+" });
  await pilot.click({ text: "+" });
  assert.equal(pilot.find({ type: Text })[0]!.props.value, "2");
  await pilot.close();
});

test("a field's typed value reaches the server before any handler, with or without onChange", async () => {
  let field!: TextField;
  const greetings: string[] = [];
  const pilot = await runApp(async (page) => {
    field = new TextField({ label: "Name" });
    await page.add(field, new ElevatedButton("Greet", { onClick: () => void greetings.push(`Hello, ${field.value}!`) }));
  });
  await pilot.type({ text: "Name" }, "Ada");
  assert.equal(field.value, "Ada");
  assert.equal(pilot.patches.length, 1, "typing sends nothing back: still the one patch with the page");
  await pilot.click({ text: "Greet" });
  assert.deepEqual(greetings, ["Hello, Ada!"]);
  field.value = "";
  await field.update();
  await pilot.settle();
  assert.equal(pilot.get({ text: "Name" }).props.value, "", "clearing the field reaches the client");
  await pilot.close();
});

test("onChange and onSubmit see the new value in e.data and in the field", async () => {
  const seen: string[] = [];
  const pilot = await runApp(async (page) => {
    const field: TextField = new TextField({
      label: "Query",
      onChange: (e) => void seen.push(`change ${e.data} ${field.value}`),
      onSubmit: (e) => void seen.push(`submit ${e.data}`),
    });
    await page.add(field);
  });
  await pilot.type({ text: "Query" }, "we");
  await pilot.type({ text: "Query" }, "weft");
  await pilot.submit({ text: "Query" });
  assert.deepEqual(seen, ["change we we", "change weft weft", "submit weft"]);
  await pilot.close();
});

test("checkboxes: value follows clicks, tristate cycles through null", async () => {
  const seen: Array<boolean | null> = [];
  let box!: Checkbox;
  const pilot = await runApp(async (page) => {
    box = new Checkbox({ label: "Maybe", tristate: true, onChange: (e) => void seen.push(e.data) });
    await page.add(box);
  });
  for (let i = 0; i < 3; i++) await pilot.toggle({ text: "Maybe" });
  assert.deepEqual(seen, [true, null, false]);
  assert.equal(box.value, false);
  await pilot.close();
});

test("resize updates windowWidth/windowHeight and runs onResize", async () => {
  const sizes: string[] = [];
  const pilot = await runApp(
    (page) => {
      sizes.push(`start ${page.windowWidth}x${page.windowHeight}`);
      page.onResize = (e) => void sizes.push(`${e.width}x${e.height} ${page.windowWidth}x${page.windowHeight}`);
    },
    { width: 800, height: 600 },
  );
  await pilot.resize(1024, 768);
  assert.deepEqual(sizes, ["start 800x600", "1024x768 1024x768"]);
  await pilot.close();
});

test("events a client should not send are dropped and counted, never run", async () => {
  let clicks = 0;
  const pilot = await runApp(async (page) => {
    await page.add(
      new ElevatedButton("off", { disabled: true, onClick: () => void clicks++ }),
      new Column([new IconButton("add", { tooltip: "hidden add", onClick: () => void clicks++ })], { visible: false }),
      new Container(new ElevatedButton("inside", { onClick: () => void clicks++ }), { disabled: true }),
      new Text("plain"),
      new TextField({ label: "Field" }),
    );
  });
  const stats = pilot.session.stats;
  await pilot.fire({ text: "off" }, "click");
  await pilot.fire({ text: "hidden add" }, "click");
  await pilot.fire({ text: "inside" }, "click");
  assert.equal(stats.blockedEvents, 3);
  await pilot.fire({ text: "plain" }, "click");
  await pilot.fire({ text: "Field" }, "__proto__");
  assert.equal(stats.unknownEvents, 2);
  await pilot.fire(99_999, "click");
  assert.equal(stats.unknownControls, 1);
  await pilot.fire({ text: "Field" }, "change", { not: "a string" });
  assert.equal(stats.badEventData, 1);
  assert.equal(clicks, 0);
  assert.equal(pilot.control<TextField>({ text: "Field" }).value, "");
  await pilot.close();
});

test("the pilot refuses to click what a person could not", async () => {
  const pilot = await runApp((page) => page.add(new ElevatedButton("no handler"), new ElevatedButton("off", { disabled: true, onClick: () => {} })));
  await assert.rejects(pilot.click({ text: "no handler" }), /has no onClick handler/);
  await assert.rejects(pilot.click({ text: "off" }), /is disabled/);
  await pilot.close();
});
