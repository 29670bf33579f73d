/**
 * What `Audio` and `Video` share: a native media element in the browser, driven from the server.
 * Its events report what the element does (loaded, length, position about four times a second,
 * state, seeks, errors); its methods are calls into the browser (`play`, `pause`, `seek`, …) that
 * resolve once the element has done them. None of them rejects: a method the browser refuses
 * (Chromium refuses to start sound before the person has interacted with the page) resolves to
 * false and `onError` says why, so a forgotten `await` cannot become an unhandled rejection.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { control, on, prop } from "../declare-control.js";
import { ControlError, ErrorCode } from "../errors.js";

/** Flet's `AudioState`: what the element is doing, as `onStateChanged` reports it. */
export type MediaState = "playing" | "paused" | "stopped" | "completed";

const STATES = new Set<unknown>(["playing", "paused", "stopped", "completed"]);

/** Longest error text a browser may report. */
const MAX_ERROR_LENGTH = 1000;

/** A position or length in milliseconds, as the browser reports it. */
function isMilliseconds(data: unknown): boolean {
  return typeof data === "number" && Number.isFinite(data) && data >= 0;
}

/** `position` checked for `seek`: a whole, non-negative number of milliseconds. */
function seekPosition(position: number, where: string): number {
  if (typeof position !== "number" || !Number.isFinite(position) || position < 0) {
    throw new ControlError(ErrorCode.badValue, `${where}.seek(positionMilliseconds): expected a non-negative number of milliseconds, got ${String(position)}`);
  }
  return Math.round(position);
}

export abstract class MediaBase extends control("media", {
  /** Start playing as soon as the media has loaded. Default false. */
  autoplay: prop(false),
  /** Speed of playing: 1 is normal, 0.5 half, 2 double. Default 1. */
  playbackRate: prop(1),
  /** Runs once the media has loaded enough to know its length. */
  onLoaded: on(),
  /** Runs when the media's length becomes known or changes; `e.data` is it in milliseconds. */
  onDurationChanged: on<number>(),
  /** Runs about four times a second while playing, and after a seek; `e.data` is the position in milliseconds. */
  onPositionChanged: on<number>(),
  /** Runs when playing starts, pauses, stops or reaches the end; `e.data` is the new `MediaState`. */
  onStateChanged: on<MediaState>(),
  /** Runs when a seek has finished; `e.data` is the new position in milliseconds. */
  onSeekComplete: on<number>(),
  /** Runs when the media cannot load or play (a missing file, a refused `play()`); `e.data` says why. */
  onError: on<string>(),
}) {
  /** Starts playing; resolves to true once it plays, false if the browser refused (see `onError`). */
  play(): Promise<boolean> {
    return this.mediaCall("play");
  }

  /** Pauses, keeping the position. Resolves to true once paused. */
  pause(): Promise<boolean> {
    return this.mediaCall("pause");
  }

  /** Moves to `positionMilliseconds`. Resolves to true once the element has moved there. */
  seek(positionMilliseconds: number): Promise<boolean> {
    return this.mediaCall("seek", [seekPosition(positionMilliseconds, this.constructor.name)]);
  }

  /** The media's length in milliseconds, or undefined while it is unknown (not loaded, or a live stream). */
  getDuration(): Promise<number | undefined> {
    return this.mediaRead("getDuration");
  }

  /** The position in milliseconds, or undefined when the browser does not answer. */
  getCurrentPosition(): Promise<number | undefined> {
    return this.mediaRead("getCurrentPosition");
  }

  /** A call that answers true when done; false when refused, unmounted or unanswered. */
  protected mediaCall(method: string, args: JsonValue[] = []): Promise<boolean> {
    return this.callInBrowser(method, args).then(
      (done) => done === true,
      () => false,
    );
  }

  /** A call that answers a number of milliseconds; undefined when there is none. */
  protected mediaRead(method: string): Promise<number | undefined> {
    return this.callInBrowser(method).then(
      (value) => (isMilliseconds(value) ? (value as number) : undefined),
      () => undefined,
    );
  }

  override acceptEvent(name: string, data: unknown): boolean {
    switch (name) {
      case EventName.durationChanged:
      case EventName.positionChanged:
      case EventName.seekComplete:
        return isMilliseconds(data);
      case EventName.stateChanged:
        return STATES.has(data);
      case EventName.error:
        return typeof data === "string" && data.length <= MAX_ERROR_LENGTH;
      default:
        return true;
    }
  }
}
