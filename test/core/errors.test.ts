import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, sleep, Text, UserControl, type ErrorEvent } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

test("a throwing sync handler reaches onError and the log, named; the session goes on", async () => {
  const seen: ErrorEvent[] = [];
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void seen.push(e);
    await page.add(
      new ElevatedButton("Break", { onClick: () => { throw new Error("boom"); } }),
      new ElevatedButton("Add", { onClick: () => page.add(new Text("still alive")) }),
    );
  });
  await pilot.click({ text: "Break" });
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.data, "boom");
  assert.equal(seen[0]!.phase, "handler");
  assert.equal(seen[0]!.event, "click");
  assert.equal((seen[0]!.error as Error & { code: string }).code, "app.handler");
  assert.match(seen[0]!.error.message, /onClick handler of ElevatedButton#\d+ "Break" failed: boom/);
  const logged = pilot.logs.find((l) => l.level === "error");
  assert.match(logged!.message, /session \w+: onClick handler of ElevatedButton#\d+ "Break" failed: boom/);
  await pilot.click({ text: "Add" });
  assert.equal(pilot.find({ text: "still alive" }).length, 1);
  await pilot.close();
});

test("an async handler's rejection, a failing main and a failing task are all reported", async () => {
  const seen: string[] = [];
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void seen.push(`${e.phase}: ${e.data}`);
    page.runTask(async () => {
      await sleep(1);
      throw new Error("task broke");
    });
    await page.add(new ElevatedButton("Later", { onClick: async () => { await sleep(1); throw new TypeError("late"); } }));
    throw new Error("main broke");
  });
  await pilot.waitFor(() => seen.length === 2, { what: "main and task errors" });
  await pilot.click({ text: "Later" });
  assert.deepEqual(seen.sort(), ["handler: late", "main: main broke", "task: task broke"]);
  assert.equal(pilot.find({ text: "Later" }).length, 1, "what main added before throwing is still shown");
  await pilot.close();
});

test("an onError that throws is logged and changes nothing else", async () => {
  const pilot = await runApp(async (page) => {
    page.onError = () => { throw new Error("handler of errors broke"); };
    await page.add(new ElevatedButton("Break", { onClick: () => { throw new Error("first"); } }));
  });
  await pilot.click({ text: "Break" });
  assert.ok(pilot.logs.some((l) => /page.onError itself failed: handler of errors broke/.test(l.message)));
  await pilot.close();
});

test("non-Error throws are described, not lost", async () => {
  const seen: string[] = [];
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void seen.push(e.data);
    await page.add(new ElevatedButton("Throw", { onClick: () => { throw { reason: "plain object" }; } }));
  });
  await pilot.click({ text: "Throw" });
  assert.deepEqual(seen, ['{"reason":"plain object"}']);
  await pilot.close();
});

test("a failing build() or didMount() is reported with its control", async () => {
  const seen: string[] = [];
  class Broken extends UserControl {
    build(): Text {
      throw new Error("cannot build");
    }
  }
  class Grumpy extends UserControl {
    build() {
      return new Text("grumpy");
    }
    override async didMount() {
      throw new Error("will not mount");
    }
  }
  const pilot = await runApp(async (page) => {
    page.onError = (e) => void seen.push(e.error.message);
    await page.add(new Broken(), new Grumpy(), new Text("after"));
  });
  assert.equal(seen.length, 2);
  assert.match(seen[0]!, /didMount of Broken#\d+ failed: cannot build/);
  assert.match(seen[1]!, /didMount of Grumpy#\d+ failed: will not mount/);
  assert.equal(pilot.find({ text: "after" }).length, 1);
  await pilot.close();
});

test("update() on a control never added to a page says so plainly", () => {
  assert.throws(() => new Text("loose").update(), {
    code: "control.not-mounted",
    message: 'Text "loose" must be added to the page before update() (use page.add(control) first)',
  });
});
