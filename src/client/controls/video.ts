/**
 * `video`: a `<video>` element playing one track of the playlist at a time. With `showControls`
 * the browser's own controls show (Tab reaches them); the element itself also takes the keys of
 * a player when focused, with or without them: Space or K plays and pauses, the left and right
 * arrows move 5 s, Home goes to the start. At a track's end `completed` reports its index and
 * `playlistMode` picks what follows; each move to another track reports `trackChanged`.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { assetUrl } from "../asset-url.js";
import { color } from "../colors.js";
import { defineRenderer } from "../declare-renderer.js";
import { h, str } from "../dom.js";
import { commonCall, listenToMedia, reportState, setRate, startPlaying, volumeOf, type MediaPlayer } from "../media-player.js";
import type { RenderContext } from "../registry.js";
import { safeUrl } from "../safe-url.js";

const FIT: Record<string, string> = { none: "none", contain: "contain", cover: "cover", fill: "fill", fitWidth: "cover", fitHeight: "cover", scaleDown: "scale-down" };
const KEY_SEEK_S = 5;

interface VideoView extends MediaPlayer {
  readonly element: HTMLVideoElement;
  /** The playlist's track now in the element. */
  index: number;
  /** Its resource, to tell a changed playlist that keeps it from one that does not. */
  loaded: string | undefined;
  call(method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined;
}

function playlistOf(ctx: RenderContext): string[] {
  const list = ctx.props.playlist;
  return Array.isArray(list) ? list.map((m) => str((m as { resource?: JsonValue } | null)?.resource)) : [];
}

/** Puts track `index` into the element (it plays on when it was playing, or with `autoplay`). */
function load(view: VideoView, ctx: RenderContext, index: number, play: boolean): void {
  const resource = playlistOf(ctx)[index];
  if (resource === undefined) return;
  // The first track loading is no change: the server knows a playlist starts at 0.
  const changed = view.index >= 0 && index !== view.index;
  view.index = index;
  view.loaded = resource;
  const src = safeUrl(assetUrl(resource), "media");
  if (src) view.element.src = src;
  else {
    view.element.removeAttribute("src");
    ctx.fire(EventName.error, `track ${index} has no usable address: ${resource.slice(0, 200)}`);
  }
  if (changed) ctx.fire(EventName.trackChanged, index);
  if (play) void startPlaying(view, ctx);
}

/** The track after (`step` 1) or before (-1) the current one, by `playlistMode`; undefined past an end. */
function neighbour(view: VideoView, ctx: RenderContext, step: 1 | -1): number | undefined {
  const count = playlistOf(ctx).length;
  const next = view.index + step;
  if (next >= 0 && next < count) return next;
  return ctx.props.playlistMode === "loop" && count > 0 ? (next + count) % count : undefined;
}

function move(view: VideoView, ctx: RenderContext, to: number | undefined): boolean {
  if (to === undefined || to < 0 || to >= playlistOf(ctx).length) return false;
  load(view, ctx, to, !view.element.paused || ctx.props.autoplay === true);
  return true;
}

function ended(view: VideoView, ctx: RenderContext): void {
  ctx.fire(EventName.completed, view.index);
  if (ctx.props.playlistMode === "single") {
    view.element.currentTime = 0;
    void startPlaying(view, ctx);
    return;
  }
  const next = neighbour(view, ctx, 1);
  if (next !== undefined) load(view, ctx, next, true);
}

function call(view: VideoView, ctx: RenderContext, method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined {
  const { element } = view;
  switch (method) {
    case "play":
      return startPlaying(view, ctx);
    case "playOrPause":
      if (!element.paused) return element.pause(), true;
      return startPlaying(view, ctx);
    case "stop":
      view.stopping = !element.paused;
      element.pause();
      element.currentTime = 0;
      reportState(view, ctx, "stopped");
      return true;
    case "next":
      return move(view, ctx, neighbour(view, ctx, 1));
    case "previous":
      return move(view, ctx, neighbour(view, ctx, -1));
    case "jumpTo":
      return move(view, ctx, Number(args[0]));
    case "isPlaying":
      return !element.paused && !element.ended;
    case "isCompleted":
      return element.ended;
    default:
      return commonCall(view, method, args);
  }
}

function onKey(view: VideoView, ctx: RenderContext, event: KeyboardEvent): void {
  if (event.target !== view.element || event.altKey || event.ctrlKey || event.metaKey) return;
  const { element } = view;
  if (event.key === " " || event.key === "k") {
    if (element.paused) void startPlaying(view, ctx);
    else element.pause();
  } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
    const to = element.currentTime + (event.key === "ArrowRight" ? KEY_SEEK_S : -KEY_SEEK_S);
    element.currentTime = Math.max(0, Number.isFinite(element.duration) ? Math.min(to, element.duration) : to);
  } else if (event.key === "Home") element.currentTime = 0;
  else return;
  event.preventDefault();
  event.stopPropagation();
}

export const video = defineRenderer("video", {
  create(ctx): VideoView {
    const element = h("video", "weft-video");
    element.preload = "metadata";
    element.playsInline = true;
    element.controls = true;
    element.tabIndex = 0;
    element.setAttribute("aria-label", "Video");
    const view: VideoView = { element, media: element, state: "stopped", stopping: false, index: -1, loaded: undefined, call: (method, args) => call(view, ctx, method, args) };
    listenToMedia(view, ctx, () => ended(view, ctx));
    element.addEventListener("keydown", (e) => onKey(view, ctx, e));
    return view;
  },
  props: {
    playlist(view, _value, ctx) {
      const list = playlistOf(ctx);
      if (list.length === 0) {
        view.index = -1;
        view.loaded = undefined;
        view.element.removeAttribute("src");
        return;
      }
      // The same file still at the same place plays on; otherwise the track at its place (or the last) loads.
      if (view.loaded !== undefined && list[view.index] === view.loaded) return;
      const kept = view.loaded === undefined ? -1 : list.indexOf(view.loaded);
      if (kept >= 0) view.index = kept;
      else load(view, ctx, Math.min(Math.max(view.index, 0), list.length - 1), !view.element.paused);
    },
    autoplay: ({ element }, value) => (element.autoplay = value === true),
    showControls: ({ element }, value) => (element.controls = value !== false),
    volume: ({ element }, value) => (element.volume = volumeOf(value, 100)),
    muted: ({ element }, value) => (element.muted = value === true),
    playbackRate: ({ element }, value) => setRate(element, value),
    // Read when a track ends.
    playlistMode: () => {},
    aspectRatio: ({ element }, value) => (element.style.aspectRatio = typeof value === "number" && value > 0 ? String(value) : ""),
    fit: ({ element }, value) => (element.style.objectFit = typeof value === "string" ? (FIT[value] ?? "contain") : "contain"),
    semanticsLabel: ({ element }, value) => element.setAttribute("aria-label", str(value, "Video")),
    fillColor: ({ element }, value) => (element.style.backgroundColor = value ? color(value) : ""),
  },
});
