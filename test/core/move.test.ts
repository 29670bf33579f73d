/**
 * `page.onMove` and `page.restored` headless, through the pilot: `pilot.move()` drains the hub and
 * moves the tab as a draining process does, and resolves to what would travel; a new pilot given
 * it as `restored` runs `main` as the next process would.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { ElevatedButton, Text, TextField, type Page } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

function form(page: Page): void {
  const draft = page.restored?.draft as { title: string; tags: string[] } | undefined;
  const title = new TextField({ label: "Title", value: draft?.title ?? "" });
  const tags: string[] = draft?.tags ?? [];
  const shown = new Text(`tags ${tags.join(",")}`);
  page.onMove = async () => {
    await Promise.resolve();
    page.session.set("draft", { title: title.value, tags });
  };
  page.add(
    new Text(page.restored ? "restored" : "fresh"),
    title,
    new ElevatedButton("Tag", { onClick: () => void (tags.push(`t${tags.length + 1}`), (shown.value = `tags ${tags.join(",")}`)) }),
    shown,
  );
}

test("what onMove puts in page.session comes back as page.restored, and main rebuilds the page from it", async () => {
  const first = await runApp(form);
  assert.equal(first.page.restored, undefined, "a session that did not move has no page.restored");
  await first.type({ type: TextField, text: "Title" }, "half a title");
  await first.click({ text: "Tag" });
  await first.click({ text: "Tag" });
  const travelled = await first.move();
  assert.deepEqual(travelled, { draft: { title: "half a title", tags: ["t1", "t2"] } });
  assert.equal(first.hub.size, 0, "the session moved off");

  const next = await runApp(form, { restored: travelled });
  assert.ok(next.find({ type: Text, text: "restored" }).length);
  assert.equal(next.get({ type: TextField, text: "Title" }).props.value, "half a title");
  assert.ok(next.find({ type: Text, text: "tags t1,t2" }).length);
  assert.deepEqual(next.page.restored, travelled);
  await first.close();
  await next.close();
});

test("a move with nothing in page.session carries nothing; a value that is not JSON goes to onError by its key", async () => {
  const empty = await runApp((page) => void page.add(new Text("plain")));
  assert.equal(await empty.move(), undefined);
  await empty.close();

  const errors: string[] = [];
  const pilot = await runApp((page) => {
    page.onError = (e) => void errors.push(e.data);
    page.onMove = () => {
      page.session.set("when", new Date(0)).set("big", 10n as unknown as number).set("ok", [1, "two", null]);
    };
    page.add(new Text("mixed"));
  });
  assert.deepEqual(await pilot.move(), { when: "1970-01-01T00:00:00.000Z", ok: [1, "two", null] }, "a Date goes as its JSON, a bigint stays behind");
  assert.ok(errors.some((e) => /page\.session "big" cannot move: a bigint cannot be stored \(JSON values only\)/.test(e)), errors.join("\n"));
  await pilot.close();
});
