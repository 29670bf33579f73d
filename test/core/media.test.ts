/**
 * Audio, Video and CodeBlock on the server, headless: what their events may carry (a forged
 * position, state or track index is refused and counted), that media events still arrive while a
 * modal dialog is open (the player is not a person acting behind it), what a call sends, and the
 * playlist's checks and ops.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { AlertDialog, Audio, CodeBlock, TextButton, Video, VideoMedia, type MediaState, type Page } from "../../src/index.js";
import { runApp } from "../../src/testing/index.js";

test("media events carry what the element can report; anything else is refused and counted", async () => {
  const positions: number[] = [];
  const states: MediaState[] = [];
  const tracks: number[] = [];
  const pilot = await runApp(async (page) => {
    page.overlay.push(new Audio("a.wav", { onPositionChanged: (e) => void positions.push(e.data), onStateChanged: (e) => void states.push(e.data) }));
    await page.add(new Video([new VideoMedia("a.webm"), new VideoMedia("b.webm")], { onTrackChanged: (e) => void tracks.push(e.data) }));
  });
  const audio = pilot.tree.page!.slots.overlay![0]!;
  const video = pilot.get({ type: Video });
  for (const data of [1500, -1, "12", Number.MAX_VALUE * 2]) await pilot.fire(audio, "positionChanged", data);
  for (const data of ["playing", "exploded", 3]) await pilot.fire(audio, "stateChanged", data);
  for (const data of [1, 1.5, -1]) await pilot.fire(video, "trackChanged", data);
  assert.deepEqual(positions, [1500], "a position is a non-negative number of milliseconds (Infinity is not sent as JSON, so MAX_VALUE*2 arrives as null)");
  assert.deepEqual(states, ["playing"]);
  assert.deepEqual(tracks, [1]);
  assert.equal(pilot.session.stats.badEventData, 7);
  await pilot.close();
});

test("an Audio keeps reporting while a modal dialog is open", async () => {
  const positions: number[] = [];
  let page!: Page;
  const dialog: AlertDialog = new AlertDialog({ title: "Sure?", modal: true, actions: [new TextButton("OK", { onClick: () => page.close(dialog) })] });
  const pilot = await runApp(async (p) => {
    page = p;
    page.overlay.push(new Audio("a.wav", { onPositionChanged: (e) => void positions.push(e.data) }));
    await page.add(new TextButton("Open"));
  });
  await page.open(dialog);
  await pilot.settle();
  const audio = pilot.tree.page!.slots.overlay!.find((node) => node.type === "audio")!;
  await pilot.fire(audio, "positionChanged", 250);
  assert.deepEqual(positions, [250]);
  assert.equal(pilot.session.stats.blockedEvents, 0);
  await pilot.close();
});

test("a call travels as one call op naming its method and arguments; seek and jumpTo refuse bad input at the call", async () => {
  let video!: Video;
  const pilot = await runApp(async (page) => {
    video = new Video(new VideoMedia("a.webm"));
    await page.add(video);
  });
  const before = pilot.patches.length;
  void video.seek(1234.4);
  await pilot.settle();
  const ops = pilot.patches.slice(before).flatMap((p) => p.frame[1].ops);
  assert.deepEqual(ops.map((op) => [op[0], op[2], op[3], op[4]]), [["call", video.id, "seek", [1234]]]);
  assert.throws(() => video.seek(-5), { code: "control.bad-value", message: /Video\.seek\(positionMilliseconds\): expected a non-negative number of milliseconds, got -5/ });
  assert.throws(() => video.jumpTo(Number.NaN), { code: "control.bad-value" });
  await pilot.close();
});

test("a playlist holds VideoMedia only; adding or removing a track sends the new list in one small op", async () => {
  assert.throws(() => new VideoMedia(""), /VideoMedia\(resource\): expected a file's path or URL, got ""/);
  assert.throws(() => new Video(["a.webm"] as never), /new Video\(playlist\): item 0 is not a VideoMedia \(write new VideoMedia\("clip.webm"\)\)/);
  let video!: Video;
  const pilot = await runApp(async (page) => {
    video = new Video([new VideoMedia("a.webm")]);
    await page.add(video);
  });
  const before = pilot.patches.length;
  video.playlistAdd(new VideoMedia("b.webm"));
  await video.update();
  const added = pilot.patches.slice(before);
  assert.equal(added.length, 1);
  assert.deepEqual(added[0]!.frame[1].ops, [["set", video.id, { playlist: [{ resource: "a.webm" }, { resource: "b.webm" }] }]]);
  assert.ok(added[0]!.bytes < 120, `${added[0]!.bytes} bytes`);
  assert.throws(() => video.playlistRemove(2), /Video\.playlistRemove\(mediaIndex\): no track 2 in a playlist of 2/);
  video.playlistRemove(0);
  assert.deepEqual(video.playlist.map((m) => m.resource), ["b.webm"]);
  await pilot.close();
});

test("CodeBlock takes its code first or by name, and refuses an option it does not have", async () => {
  assert.equal(new CodeBlock("x = 1", { language: "python" }).value, "x = 1");
  assert.equal(new CodeBlock({ value: "y", showLineNumbers: true }).showLineNumbers, true);
  assert.throws(() => new CodeBlock("x", { lineNumbers: true } as never), /CodeBlock has no option "lineNumbers"/);
});
