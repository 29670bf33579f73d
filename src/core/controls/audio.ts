/**
 * `Audio` (Flet's): plays a sound through the browser's `<audio>` element, which shows nothing.
 * Put it anywhere in the page, usually `page.overlay`. `src` is an app asset's path (`"ding.wav"`
 * from `assetsDir`), an http(s) URL, or the sound itself in `srcBase64`. The server starts, pauses
 * and moves it (`play`, `pause`, `resume`, `seek`, `release`) and hears its position, length and
 * state through the events of `MediaBase`.
 */
import { control, prop, type OptionsFor } from "../declare-control.js";
import { MediaBase } from "./media-base.js";

/** Flet's `ReleaseMode`: what happens at the end. `"loop"` starts again; the others stop there. */
export type AudioReleaseMode = "release" | "loop" | "stop";

export type AudioOptions = OptionsFor<typeof Audio, "src">;

/** `new Audio("ding.wav", { autoplay: true })`, `page.overlay.push(audio)`, then `await audio.play()`. */
export class Audio extends control(
  "audio",
  {
    /** The sound: an app asset's path, or an http(s) URL. */
    src: prop<string>(),
    /** The sound itself, base64-encoded (a WAV, MP3, Ogg, …), used when `src` is not set. */
    srcBase64: prop<string>(),
    /** Loudness from 0 (silent) to 1 (full). Default 1. */
    volume: prop(1),
    /** What happens at the end: `"loop"` starts again. Default "release". */
    releaseMode: prop<AudioReleaseMode>("release"),
  },
  MediaBase,
) {
  /** `new Audio(src, options)`. */
  constructor(src?: string, options?: AudioOptions) {
    super();
    if (src !== undefined) this.src = src;
    this.applyOptions(options);
  }

  /** Plays from the beginning, as Flet's `play()`; `resume()` plays on from where it paused. */
  override play(): Promise<boolean> {
    return this.mediaCall("play");
  }

  /** Plays from where it was paused. Resolves to true once it plays. */
  resume(): Promise<boolean> {
    return this.mediaCall("resume");
  }

  /** Stops and lets the browser free the sound; the next `play()` loads it again. */
  release(): Promise<boolean> {
    return this.mediaCall("release");
  }
}
