/**
 * What the `audio` and `video` renderers share: a native media element whose events go to the
 * server (`loaded`, `durationChanged`, `positionChanged` on each `timeupdate`, about four a second
 * in Chromium, `stateChanged`, `seekComplete`, `error`), and the calls the server makes on it.
 * Times cross the wire in whole milliseconds, as Flet's.
 */
import { EventName, type JsonValue } from "../protocol/index.js";
import type { RenderContext } from "./registry.js";

/** How long a seek may take before its call answers anyway. */
const SEEK_WAIT_MS = 5000;

const ERRORS: Record<number, string> = {
  1: "loading was aborted",
  2: "a network error stopped the loading",
  3: "the media could not be decoded",
  4: "the media's source or format is not supported",
};

const ms = (seconds: number) => Math.round(seconds * 1000);

/** The player's state as the server hears it; `stopped` and `completed` are kept until it plays again. */
export interface MediaPlayer {
  readonly media: HTMLMediaElement;
  state: string;
  /** Set while `stop()` pauses, so the pause reports `stopped`. */
  stopping: boolean;
}

/** Reports `state` once per change. */
export function reportState(player: MediaPlayer, ctx: RenderContext, state: string): void {
  if (player.state === state) return;
  player.state = state;
  ctx.fire(EventName.stateChanged, state);
}

/** Wires the element's events to the server; `onEnded` decides what follows the end (a playlist's next track). */
export function listenToMedia(player: MediaPlayer, ctx: RenderContext, onEnded: () => void): void {
  const { media } = player;
  media.addEventListener("loadedmetadata", () => ctx.fire(EventName.loaded));
  media.addEventListener("durationchange", () => {
    if (Number.isFinite(media.duration)) ctx.fire(EventName.durationChanged, ms(media.duration));
  });
  media.addEventListener("timeupdate", () => ctx.fire(EventName.positionChanged, ms(media.currentTime)));
  media.addEventListener("seeked", () => ctx.fire(EventName.seekComplete, ms(media.currentTime)));
  media.addEventListener("playing", () => reportState(player, ctx, "playing"));
  media.addEventListener("pause", () => {
    if (media.ended) return;
    reportState(player, ctx, player.stopping ? "stopped" : "paused");
    player.stopping = false;
  });
  media.addEventListener("ended", () => {
    reportState(player, ctx, "completed");
    onEnded();
  });
  media.addEventListener("error", () => {
    const error = media.error;
    if (!error) return;
    ctx.fire(EventName.error, `${ERRORS[error.code] ?? "the media failed"}${error.message ? `: ${error.message}` : ""}`.slice(0, 1000));
  });
}

/** Starts playing; false (and an `error` event with the browser's reason) when it refuses. */
export function startPlaying(player: MediaPlayer, ctx: RenderContext): Promise<JsonValue> {
  // The server's first paint renders on linkedom, whose media elements cannot play: an `autoplay`
  // there is markup only, and the client plays it once live.
  if (typeof player.media.play !== "function") return Promise.resolve(false);
  return player.media.play().then(
    () => true,
    (error: unknown) => {
      ctx.fire(EventName.error, `play() was refused: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 1000));
      return false;
    },
  );
}

/** Moves to `position` ms; answers once the element has. */
function seekTo(media: HTMLMediaElement, position: number): Promise<JsonValue> | JsonValue {
  if (!Number.isFinite(position) || position < 0) throw new Error(`seek takes a non-negative position in milliseconds, not ${position}`);
  media.currentTime = position / 1000;
  // Nothing to load, or a start at 0 before anything loaded: nothing will seek. Otherwise a seek
  // set before the length is known happens once it is, and answers then.
  if (media.networkState === HTMLMediaElement.NETWORK_EMPTY) return true;
  if (media.readyState === HTMLMediaElement.HAVE_NOTHING && position === 0) return true;
  return new Promise<JsonValue>((resolve) => {
    const timer = setTimeout(() => done(false), SEEK_WAIT_MS);
    function done(ok: boolean) {
      clearTimeout(timer);
      media.removeEventListener("seeked", onSeeked);
      resolve(ok);
    }
    function onSeeked() {
      done(true);
    }
    media.addEventListener("seeked", onSeeked);
  });
}

/** The calls both renderers answer alike; undefined for one that is the renderer's own. */
export function commonCall(player: MediaPlayer, method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined {
  const { media } = player;
  switch (method) {
    case "pause":
      media.pause();
      return true;
    case "seek":
      return seekTo(media, Number(args[0]));
    case "getDuration":
      return Number.isFinite(media.duration) ? ms(media.duration) : null;
    case "getCurrentPosition":
      return ms(media.currentTime);
    default:
      return undefined;
  }
}

/** A number prop clamped to [0, max], then scaled to the element's 0–1 volume. */
export function volumeOf(value: JsonValue | null, max: number): number {
  const n = typeof value === "number" && Number.isFinite(value) ? value : max;
  return Math.min(Math.max(n, 0), max) / max;
}

/** `playbackRate`: the element's current and default rate (a new source resets the first to the second). */
export function setRate(media: HTMLMediaElement, value: JsonValue | null): void {
  const rate = typeof value === "number" && value > 0 && value <= 16 ? value : 1;
  media.defaultPlaybackRate = rate;
  media.playbackRate = rate;
}
