/**
 * One op contract, two hosts: every scenario of `test/ops.contract.ts` (frames recorded from real
 * sessions, and edge cases) is replayed into the pilot's mirror in Node and into the client's
 * DomTree in real Chromium, and the two trees must be equal: same ids, types, props and children
 * in the same order (read from the DOM), same control count, same skipped ops.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { build } from "esbuild";
import type { Page as Tab } from "playwright-core";
import { opScenarios, replayIntoMirror, type OpScenario, type ShownTree } from "../ops.contract.js";
import { useBrowser } from "./harness.js";

const browser = useBrowser();

async function replayPage(): Promise<Tab> {
  const bundle = await build({
    entryPoints: [new URL("./fixtures/replay-ops.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    logLevel: "silent",
  });
  const tab = await browser.context.newPage();
  await tab.setContent("<!doctype html><html><body></body></html>");
  await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return tab;
}

function replayIntoDom(tab: Tab, scenario: OpScenario): Promise<ShownTree> {
  // Typed `unknown` on the way in: Playwright's serialisable-argument type cannot recurse into JsonValue.
  const frames: unknown = scenario.frames;
  return tab.evaluate((arg) => (globalThis as unknown as { __replayOps: (f: unknown) => Promise<ShownTree> }).__replayOps(arg), frames);
}

test("every recorded and edge-case frame list gives the same tree in the DOM and in the mirror", async (t) => {
  const scenarios = await opScenarios();
  const kinds = new Set(scenarios.flatMap((s) => s.frames.flatMap((ops) => ops.map((op) => op[0]))));
  for (const kind of ["insert", "move", "remove", "set", "clean"]) assert.ok(kinds.has(kind as never), `no scenario sends a ${kind} op`);
  const tab = await replayPage();
  for (const scenario of scenarios) {
    await t.test(scenario.name, async () => {
      const mirror = replayIntoMirror(scenario);
      const dom = await replayIntoDom(tab, scenario);
      assert.ok(mirror.size > 0, "the scenario leaves something on screen");
      assert.deepEqual(dom, mirror);
    });
  }
  assert.deepEqual(browser.pageErrors, []);
});
