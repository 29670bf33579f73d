/**
 * Display controls through the pilot: what travels for each (text spans as plain data, image and
 * avatar sources as given: the browser filters URLs), Markdown link taps, progress values.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Badge, CircleAvatar, Image, Markdown, ProgressBar, ProgressRing, Text, type TextSpan } from "../../src/core/index.js";
import { Op } from "../../src/protocol/index.js";
import { runApp } from "../../src/testing/index.js";

test("a Text's spans travel as plain data; replacing them is one set op", async () => {
  const spans: TextSpan[] = [{ text: "bold", style: { weight: "bold" } }, { text: "docs", url: "https://example.com", spans: [{ text: "!" }] }];
  const text = new Text("Read the ", { spans });
  const pilot = await runApp((page) => page.add(text));
  assert.deepEqual(pilot.get({ type: Text }).props, { value: "Read the ", spans });
  text.spans = [{ text: "plain" }];
  await text.update();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [[Op.set, text.id, { spans: [{ text: "plain" }] }]]);
  text.spans = undefined;
  await text.update();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [[Op.set, text.id, { spans: null }]]);
  await pilot.close();
});

test("Markdown: the source travels as is (rendered in the browser); link taps reach onTapLink; bad data is refused", async () => {
  const taps: string[] = [];
  const md = new Markdown("# Title\n[x](https://example.com)", { onTapLink: (e) => void taps.push(e.data) });
  const pilot = await runApp((page) => page.add(md));
  assert.deepEqual(pilot.get({ type: Markdown }).props, { value: "# Title\n[x](https://example.com)", onTapLink: true });
  await pilot.fire({ type: Markdown }, "tapLink", "https://example.com/");
  for (const bad of [1, null, { href: "x" }, "x".repeat(10_000)]) await pilot.fire({ type: Markdown }, "tapLink", bad);
  assert.deepEqual(taps, ["https://example.com/"]);
  assert.equal(pilot.session.stats.badEventData, 4);
  await pilot.close();
});

test("Image, CircleAvatar and Badge carry what the app set; a string avatar content becomes a Text", async () => {
  const pilot = await runApp((page) =>
    page.add(
      new Image("/logo.png", { width: 64, height: 64, fit: "cover", semanticsLabel: "Logo", borderRadius: 8 }),
      new Badge(new CircleAvatar("AL", { backgroundImageSrc: "https://example.com/a.png", radius: 24 }), { text: "3" }),
    ),
  );
  assert.deepEqual(pilot.get({ type: Image }).props, { src: "/logo.png", width: 64, height: 64, fit: "cover", semanticsLabel: "Logo", borderRadius: 8 });
  const avatar = pilot.get({ type: CircleAvatar });
  assert.deepEqual(avatar.props, { backgroundImageSrc: "https://example.com/a.png", radius: 24 });
  assert.equal(avatar.slots.content![0]!.props.value, "AL");
  assert.equal(avatar.parent?.type, "badge");
  assert.deepEqual(avatar.parent?.props, { text: "3" });
  await pilot.close();
});

test("progress indicators: a value from 0 to 1, or none for indeterminate", async () => {
  const bar = new ProgressBar({ value: 0.25, semanticsLabel: "Upload" });
  const ring = new ProgressRing();
  const pilot = await runApp((page) => page.add(bar, ring));
  assert.deepEqual(pilot.get({ type: ProgressBar }).props, { value: 0.25, semanticsLabel: "Upload" });
  assert.deepEqual(pilot.get({ type: ProgressRing }).props, {}, "indeterminate by default");
  bar.value = undefined;
  ring.value = 0.5;
  await pilot.page.update();
  assert.deepEqual(pilot.patches.at(-1)!.frame[1].ops, [
    [Op.set, bar.id, { value: null }],
    [Op.set, ring.id, { value: 0.5 }],
  ]);
  await pilot.close();
});
