/**
 * `Audio` in Chromium, on a WAV written by the test into the app's assets: the server plays it
 * and hears its length, its position move and its end; `seek` moves the element and reports it;
 * `srcBase64` plays the same sound from the page itself; a missing file reaches `onError`.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { appAsync, Audio, ElevatedButton, type AppMain, type MediaState } from "../../src/index.js";
import { toneWav } from "../wav-fixture.js";
import { quietLogger, useBrowser } from "./harness.js";
import { waitFor } from "./media-checks.js";

const browser = useBrowser();
let assets: string;

before(async () => {
  assets = await mkdtemp(join(tmpdir(), "weft-audio-"));
  await writeFile(join(assets, "tone.wav"), toneWav(1.2));
});
after(() => rm(assets, { recursive: true, force: true }));

async function serve(main: AppMain) {
  return browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, assetsDir: assets }));
}

interface Heard {
  durations: number[];
  positions: number[];
  states: MediaState[];
  seeks: number[];
  errors: string[];
}

function heard(): Heard {
  return { durations: [], positions: [], states: [], seeks: [], errors: [] };
}

function listening(seen: Heard) {
  return {
    onDurationChanged: (e: { data: number }) => void seen.durations.push(e.data),
    onPositionChanged: (e: { data: number }) => void seen.positions.push(e.data),
    onStateChanged: (e: { data: MediaState }) => void seen.states.push(e.data),
    onSeekComplete: (e: { data: number }) => void seen.seeks.push(e.data),
    onError: (e: { data: string }) => void seen.errors.push(e.data),
  };
}

/** The page's `<audio>` element's position in seconds. */
const elementTime = (tab: Tab) => tab.evaluate(() => document.querySelector("audio")!.currentTime);

test("the server plays an asset's sound, hears its length, its position and its end, and seeks", async () => {
  const seen = heard();
  const results: unknown[] = [];
  let audio!: Audio;
  const handle = await serve(async (page) => {
    audio = new Audio("tone.wav", listening(seen));
    page.overlay.push(audio);
    await page.add(new ElevatedButton("Play", { onClick: async () => void results.push(await audio.play()) }));
  });
  const tab = await browser.open(handle.url);
  assert.equal(await tab.locator("audio").count(), 1);
  assert.equal(await tab.locator("audio").isVisible(), false, "an Audio shows nothing");
  await waitFor(() => seen.durations.length > 0, "the length reaches the server");
  assert.equal(seen.durations.at(-1), 1200, "1.2 s, in milliseconds");
  assert.equal(await audio.getDuration(), 1200);

  // A person's click gives the page the right to start sound; the server's play() then works.
  await tab.getByRole("button", { name: "Play" }).click();
  await waitFor(() => results.length === 1, "play() answers");
  assert.deepEqual(results, [true]);
  await waitFor(() => seen.states.includes("completed"), "the end reaches the handler", 10_000);
  assert.deepEqual(seen.states, ["playing", "completed"]);
  assert.ok(seen.positions.length >= 2, `positions arrive while it plays: ${JSON.stringify(seen.positions)}`);
  assert.ok(seen.positions.every((p, i) => i === 0 || p >= seen.positions[i - 1]!), `they only move on: ${JSON.stringify(seen.positions)}`);
  assert.ok(seen.positions.at(-1)! >= 1000, `the last is near the end: ${seen.positions.at(-1)}`);

  assert.equal(await audio.seek(300), true, "seek answers once the element has moved");
  assert.equal(Math.round((await elementTime(tab)) * 1000), 300);
  await waitFor(() => seen.seeks.includes(300), "seekComplete reports the new position");
  assert.equal(await audio.getCurrentPosition(), 300);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(browser.pageErrors, []);
});
