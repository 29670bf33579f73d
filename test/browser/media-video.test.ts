/**
 * `Video` in Chromium: a playlist of two sounds written by the test (a `<video>` plays audio files
 * too, and WAV seeks exactly) goes from track to track on its own, reporting each end and change;
 * the server jumps, seeks and asks; a WebM recorded in the page shows its picture in a box sized by
 * `aspectRatio`; the keyboard plays and seeks a focused video.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Page as Tab } from "playwright-core";
import { appAsync, ElevatedButton, Video, VideoMedia, type AppMain, type MediaState } from "../../src/index.js";
import { toneWav } from "../wav-fixture.js";
import { watchCsp } from "./csp-watch.js";
import { quietLogger, useBrowser } from "./harness.js";
import { recordWebm, waitFor } from "./media-checks.js";

const browser = useBrowser();
let assets: string;

before(async () => {
  assets = await mkdtemp(join(tmpdir(), "weft-video-"));
  await writeFile(join(assets, "a.wav"), toneWav(0.6, 440));
  await writeFile(join(assets, "b.wav"), toneWav(0.8, 660));
});
after(() => rm(assets, { recursive: true, force: true }));

async function serve(main: AppMain) {
  return browser.track(await appAsync(main, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, assetsDir: assets }));
}

const elementState = (tab: Tab) =>
  tab.evaluate(() => {
    const v = document.querySelector("video")!;
    return { src: v.src.replace(/^.*\//, ""), time: Math.round(v.currentTime * 1000), paused: v.paused };
  });

test("a playlist plays track after track, reporting each end and change; the server jumps, seeks and asks", async () => {
  const completed: number[] = [];
  const tracks: number[] = [];
  const states: MediaState[] = [];
  const positions: number[] = [];
  const violations: string[] = [];
  let video!: Video;
  const handle = await serve(async (page) => {
    video = new Video([new VideoMedia("a.wav"), new VideoMedia("/assets/b.wav")], {
      width: 320,
      height: 180,
      onCompleted: (e) => void completed.push(e.data),
      onTrackChanged: (e) => void tracks.push(e.data),
      onStateChanged: (e) => void states.push(e.data),
      onPositionChanged: (e) => void positions.push(e.data),
    });
    await page.add(video, new ElevatedButton("Go", { onClick: async () => void (await video.play()) }));
  });
  const tab = watchCsp(await browser.open(handle.url), violations);
  assert.equal((await elementState(tab)).src, "a.wav", "the first track is loaded");
  assert.equal(await tab.locator("video").evaluate((v: HTMLVideoElement) => v.controls), true, "the browser's controls show by default");
  await tab.getByRole("button", { name: "Go" }).click();
  await waitFor(() => completed.length === 2, "both tracks play to their end", 10_000);
  assert.deepEqual(completed, [0, 1]);
  assert.deepEqual(tracks, [1], "one change, to the second track");
  assert.equal((await elementState(tab)).src, "b.wav");
  assert.equal(states.at(-1), "completed", "after the last track of a playlistMode 'none' list it stays at the end");
  assert.ok(positions.length >= 2, `positions arrived: ${JSON.stringify(positions)}`);
  assert.equal(await video.isCompleted(), true);
  assert.equal(await video.next(), false, "no track after the last");

  assert.equal(await video.jumpTo(0), true);
  await waitFor(() => tracks.length === 2, "the jump is reported");
  assert.deepEqual(tracks, [1, 0]);
  assert.equal(await video.seek(250), true);
  assert.deepEqual(await elementState(tab), { src: "a.wav", time: 250, paused: true }, "a jump after the end waits, at the seek's position");
  assert.equal(await video.getDuration(), 600);
  assert.equal(await video.jumpTo(7), false, "no track 7");
  assert.throws(() => video.jumpTo(1.5), /Video\.jumpTo\(mediaIndex\): expected a whole number, got 1.5/);

  video.playlistMode = "loop";
  await video.update();
  assert.equal(await video.previous(), true, "before the first: the last, in a loop");
  await waitFor(() => tracks.length === 3, "the move is reported");
  assert.equal(tracks.at(-1), 1);
  assert.equal(await video.playOrPause(), true);
  await waitFor(() => states.at(-1) === "playing", "it plays");
  assert.equal(await video.isPlaying(), true);
  assert.equal(await video.stop(), true);
  await waitFor(() => states.at(-1) === "stopped", "stop is reported as stopped");
  assert.equal((await elementState(tab)).time, 0, "stop goes back to the start");

  video.showControls = false;
  video.volume = 50;
  video.muted = true;
  video.playbackRate = 1.5;
  await video.update();
  assert.deepEqual(
    await tab.locator("video").evaluate((v: HTMLVideoElement) => [v.controls, v.volume, v.muted, v.playbackRate]),
    [false, 0.5, true, 1.5],
    "showControls hides the browser's controls; Flet's volume 0–100 is the element's 0–1",
  );

  video.playlistAdd(new VideoMedia("a.wav"));
  video.playlistRemove(0);
  await video.update();
  assert.equal((await elementState(tab)).src, "b.wav", "the playing track stays when others are added and removed");
  assert.deepEqual(violations, []);
  assert.deepEqual(browser.pageErrors, []);
});

test("a WebM recorded in the page shows its picture in a box sized by aspectRatio, and the keyboard plays and seeks it", async () => {
  const states: MediaState[] = [];
  const seeks: number[] = [];
  let loaded = 0;
  const recorder = await serve(async (page) => void (await page.add(new ElevatedButton("Recorder"))));
  const clip = await recordWebm(await browser.open(recorder.url), 1500);
  await writeFile(join(assets, "clip.webm"), clip);
  const handle = await serve(async (page) => {
    await page.add(
      new Video(new VideoMedia("clip.webm"), {
        width: 320,
        aspectRatio: 16 / 9,
        fit: "cover",
        fillColor: "primary",
        onLoaded: () => void loaded++,
        onStateChanged: (e) => void states.push(e.data),
        onSeekComplete: (e) => void seeks.push(e.data),
      }),
    );
  });
  const tab = await browser.open(handle.url);
  await waitFor(() => loaded === 1, "the clip has loaded");
  const shown = await tab.locator("video").evaluate((v: HTMLVideoElement) => {
    const box = v.getBoundingClientRect();
    return { videoWidth: v.videoWidth, videoHeight: v.videoHeight, width: box.width, height: box.height, fit: getComputedStyle(v).objectFit, fill: getComputedStyle(v).backgroundColor };
  });
  assert.deepEqual(shown, { videoWidth: 160, videoHeight: 90, width: 320, height: 180, fit: "cover", fill: "rgb(103, 80, 164)" });

  await tab.locator("video").focus();
  await tab.keyboard.press("Space");
  await waitFor(() => states.includes("playing"), "Space plays a focused video");
  await tab.keyboard.press("k");
  await waitFor(() => states.at(-1) === "paused", "K pauses it");
  await tab.keyboard.press("Home");
  await waitFor(() => seeks.length > 0, "Home seeks to the start");
  assert.equal(seeks.at(-1), 0);
  assert.deepEqual(states, ["playing", "paused"], "one key press, one toggle");
});
