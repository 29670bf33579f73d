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
import { watchCsp } from "./csp-watch.js";
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

test("srcBase64 plays the sound from the page itself, resume goes on after a pause, release unloads it, and a missing file reaches onError", async () => {
  const seen = heard();
  const missing = heard();
  const violations: string[] = [];
  let audio!: Audio;
  let broken!: Audio;
  const handle = await serve(async (page) => {
    audio = new Audio(undefined, { srcBase64: toneWav(2).toString("base64"), playbackRate: 2, volume: 0.5, ...listening(seen) });
    broken = new Audio("no-such.wav", listening(missing));
    page.overlay.push(audio, broken);
    await page.add(new ElevatedButton("Start"));
  });
  const tab = watchCsp(await browser.open(handle.url), violations);
  await tab.getByRole("button", { name: "Start" }).click();
  await waitFor(() => missing.errors.length > 0, "the missing file's error reaches onError");
  assert.match(missing.errors[0]!, /not supported|network|decoded/, missing.errors[0]);
  assert.match(await tab.evaluate(() => document.querySelectorAll("audio")[0]!.src.slice(0, 30)), /^data:audio\/wav;base64,UklGR/, "the base64 became a WAV data: URL");
  assert.deepEqual(await tab.evaluate(() => [document.querySelectorAll("audio")[0]!.volume, document.querySelectorAll("audio")[0]!.playbackRate]), [0.5, 2]);

  assert.equal(await audio.play(), true);
  await waitFor(() => seen.positions.some((p) => p >= 400), "it plays on");
  assert.equal(await audio.pause(), true);
  await waitFor(() => seen.states.includes("paused"), "the pause reaches the server");
  const pausedAt = (await audio.getCurrentPosition())!;
  assert.ok(pausedAt >= 400, `paused at ${pausedAt}`);
  assert.equal(await audio.resume(), true);
  await waitFor(() => seen.states.filter((s) => s === "playing").length === 2, "it plays again");
  assert.ok((await audio.getCurrentPosition())! >= pausedAt, "resume goes on from where it paused");
  assert.equal(await audio.release(), true);
  await waitFor(() => seen.states.at(-1) === "stopped", "release stops it");
  assert.equal(await tab.evaluate(() => document.querySelectorAll("audio")[0]!.hasAttribute("src")), false, "the sound is unloaded");
  assert.equal(await audio.play(), true, "play loads it again");
  await waitFor(() => seen.states.at(-1) === "playing", "it plays after a release");
  assert.ok((await audio.getCurrentPosition())! < pausedAt, "from the start");
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(violations, [], "the page's policy lets a data:audio URL play");
});

test("bad input is refused at the call, and a call before the Audio is on the page answers false", async () => {
  const audio = new Audio("tone.wav");
  assert.throws(() => audio.seek(-1), /Audio\.seek\(positionMilliseconds\): expected a non-negative number of milliseconds, got -1/);
  assert.throws(() => audio.seek(Number.NaN), { code: "control.bad-value" });
  assert.equal(await audio.play(), false);
  assert.equal(await audio.getDuration(), undefined);
  assert.throws(() => new Audio("a.wav", { volumes: 1 } as never), /Audio has no option "volumes"; did you mean "volume"\?/);
});
