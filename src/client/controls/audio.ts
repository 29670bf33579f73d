/**
 * `audio`: a hidden `<audio>` element (Audio shows nothing). `src` is an app asset's path or a
 * URL that passes `safeUrl`; `srcBase64` becomes a `data:audio/…` URL of the type its first bytes
 * show. Flet's `play()` starts from the beginning, `resume()` from where it paused; `release()`
 * unloads the sound until the next `play()`. `releaseMode: "loop"` plays it again at the end.
 */
import type { JsonValue } from "../../protocol/index.js";
import { assetUrl } from "../asset-url.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";
import { h, str } from "../dom.js";
import { commonCall, listenToMedia, reportState, setRate, startPlaying, volumeOf, type MediaPlayer } from "../media-player.js";
import type { RenderContext } from "../registry.js";
import { safeUrl } from "../safe-url.js";

/** A sound's type from the first characters of its base64 (its first bytes). */
const SIGNATURES: [string, string][] = [
  ["UklGR", "audio/wav"],
  ["T2dnU", "audio/ogg"],
  ["ZkxhQ", "audio/flac"],
  ["GkXfo", "audio/webm"],
  ["SUQz", "audio/mpeg"],
  ["//", "audio/mpeg"],
];

function soundData(base64: JsonValue | undefined): string | undefined {
  if (typeof base64 !== "string" || base64 === "") return undefined;
  if (base64.startsWith("data:")) return base64;
  const type = SIGNATURES.find(([start]) => base64.startsWith(start))?.[1] ?? "audio/mpeg";
  return `data:${type};base64,${base64}`;
}

interface AudioView extends MediaPlayer {
  readonly element: HTMLAudioElement;
  /** Set by `release()`: the source is unloaded until the next `play()`. */
  released: boolean;
  call(method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined;
}

function sourceOf(props: RenderContext["props"]): string | undefined {
  return safeUrl(assetUrl(str(props.src)), "media") ?? safeUrl(soundData(props.srcBase64), "media");
}

const setSource: PropSetter<AudioView> = (view, _value, { props }) => {
  view.released = false;
  const src = sourceOf(props);
  if (src) view.element.src = src;
  else view.element.removeAttribute("src");
};

function play(view: AudioView, ctx: RenderContext, fromStart: boolean): Promise<JsonValue> {
  if (view.released) setSource(view, null, ctx);
  else if (fromStart) view.element.currentTime = 0;
  return startPlaying(view, ctx);
}

export const audio = defineRenderer("audio", {
  create(ctx): AudioView {
    const element = h("audio", "weft-audio");
    element.hidden = true;
    element.preload = "auto";
    const view: AudioView = {
      element,
      media: element,
      state: "stopped",
      stopping: false,
      released: false,
      call(method, args) {
        if (method === "play") return play(view, ctx, true);
        if (method === "resume") return play(view, ctx, false);
        if (method === "release") {
          view.stopping = !element.paused;
          element.pause();
          element.removeAttribute("src");
          element.load();
          view.released = true;
          reportState(view, ctx, "stopped");
          return true;
        }
        return commonCall(view, method, args);
      },
    };
    listenToMedia(view, ctx, () => {});
    return view;
  },
  props: {
    src: setSource,
    srcBase64: setSource,
    autoplay: ({ element }, value) => (element.autoplay = value === true),
    volume: ({ element }, value) => (element.volume = volumeOf(value, 1)),
    playbackRate: ({ element }, value) => setRate(element, value),
    releaseMode: ({ element }, value) => (element.loop = value === "loop"),
  },
});
