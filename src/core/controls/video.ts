/**
 * `Video` (Flet's, from flet-video): a playlist played in the browser's `<video>` element, with
 * the browser's own controls (keyboard-operable: Space plays or pauses, the arrows seek) when
 * `showControls`. Each `VideoMedia` names a file: an app asset's path or an http(s) URL. At the end
 * of a track `onCompleted` runs and the next one starts (`playlistMode` says what happens after the
 * last); `onTrackChanged` reports each move. The server drives it with `play`, `pause`,
 * `playOrPause`, `stop`, `seek`, `next`, `previous` and `jumpTo`; position and state arrive through
 * the events of `MediaBase`.
 */
import { EventName } from "../../protocol/index.js";
import { control, on, prop, type OptionsFor } from "../declare-control.js";
import { ControlError, ErrorCode } from "../errors.js";
import type { ImageFit } from "./image.js";
import { MediaBase } from "./media-base.js";

/** One file of a Video's playlist (Flet's `VideoMedia`). */
export class VideoMedia {
  /** The file: an app asset's path (`"clip.webm"` from `assetsDir`) or an http(s) URL. */
  readonly resource: string;

  constructor(resource: string) {
    if (typeof resource !== "string" || resource.trim() === "") {
      throw new ControlError(ErrorCode.badValue, `VideoMedia(resource): expected a file's path or URL, got ${JSON.stringify(resource) ?? String(resource)}`);
    }
    this.resource = resource;
  }
}

/** Flet's `PlaylistMode`: after the last track, `"none"` stops, `"loop"` starts the list again; `"single"` repeats the current track. */
export type PlaylistMode = "none" | "single" | "loop";

export type VideoOptions = OptionsFor<typeof Video, "playlist">;

function checkedPlaylist(playlist: readonly VideoMedia[], where: string): VideoMedia[] {
  if (!Array.isArray(playlist)) throw new ControlError(ErrorCode.badValue, `${where}: expected an array of VideoMedia, got ${typeof playlist}`);
  return playlist.map((media, i) => {
    if (media instanceof VideoMedia) return media;
    throw new ControlError(ErrorCode.badValue, `${where}: item ${i} is not a VideoMedia (write new VideoMedia("clip.webm"))`);
  });
}

/** `new Video([new VideoMedia("intro.webm"), new VideoMedia("main.webm")], { autoplay: true, aspectRatio: 16 / 9 })` */
export class Video extends control(
  "video",
  {
    /** The files to play, in order. Change it with `playlistAdd` / `playlistRemove` (or assign a new array). Default []. */
    playlist: prop<VideoMedia[]>([]),
    /** Show the browser's controls (play, seek bar, volume, full screen), reachable by keyboard. Default true. */
    showControls: prop(true),
    /** Loudness from 0 (silent) to 100 (full), as Flet's. Default 100. */
    volume: prop(100),
    /** Play without sound. Default false. */
    muted: prop(false),
    /** What happens after a track ends. Default "none" (the next track, and after the last, stop). */
    playlistMode: prop<PlaylistMode>("none"),
    /** Width over height of the box when only one of them is set (16 / 9 for widescreen). Default: the video's own. */
    aspectRatio: prop<number>(),
    /** How the picture fills the box. Default "contain" (all of it, letterboxed). */
    fit: prop<ImageFit>("contain"),
    /** The colour around the picture where it does not fill the box. Default black. */
    fillColor: prop<string>(),
    /** What screen readers call the player. Default "Video". */
    semanticsLabel: prop<string>(),
    /** Runs when a track has played to its end; `e.data` is its index in the playlist. */
    onCompleted: on<number>(),
    /** Runs when another track of the playlist starts; `e.data` is its index. */
    onTrackChanged: on<number>(),
  },
  MediaBase,
) {
  /** `new Video(playlist, options)`; the playlist may also be one `VideoMedia`. */
  constructor(playlist?: VideoMedia | VideoMedia[], options?: VideoOptions) {
    super();
    if (playlist !== undefined) this.playlist = checkedPlaylist(Array.isArray(playlist) ? playlist : [playlist], "new Video(playlist)");
    this.applyOptions(options);
  }

  /** Plays when paused, pauses when playing. Resolves to true once done. */
  playOrPause(): Promise<boolean> {
    return this.mediaCall("playOrPause");
  }

  /** Stops and goes back to the start of the current track. */
  stop(): Promise<boolean> {
    return this.mediaCall("stop");
  }

  /** Moves to the next track (after the last: the first when `playlistMode` is "loop", else nowhere, false). */
  next(): Promise<boolean> {
    return this.mediaCall("next");
  }

  /** Moves to the previous track (before the first: the last when `playlistMode` is "loop", else nowhere, false). */
  previous(): Promise<boolean> {
    return this.mediaCall("previous");
  }

  /** Moves to track `mediaIndex` of the playlist. False when there is no such track. */
  jumpTo(mediaIndex: number): Promise<boolean> {
    if (!Number.isSafeInteger(mediaIndex)) {
      throw new ControlError(ErrorCode.badValue, `Video.jumpTo(mediaIndex): expected a whole number, got ${String(mediaIndex)}`);
    }
    return this.mediaCall("jumpTo", [mediaIndex]);
  }

  /** Adds `media` at the end of the playlist (sent with the next update). */
  playlistAdd(media: VideoMedia): void {
    this.playlist = [...this.playlist, ...checkedPlaylist([media], "Video.playlistAdd(media)")];
  }

  /** Removes track `mediaIndex` from the playlist (sent with the next update). */
  playlistRemove(mediaIndex: number): void {
    if (!Number.isSafeInteger(mediaIndex) || mediaIndex < 0 || mediaIndex >= this.playlist.length) {
      throw new ControlError(ErrorCode.badValue, `Video.playlistRemove(mediaIndex): no track ${String(mediaIndex)} in a playlist of ${this.playlist.length}`);
    }
    this.playlist = this.playlist.filter((_, i) => i !== mediaIndex);
  }

  /** Whether it is playing now; false when the browser does not answer. */
  isPlaying(): Promise<boolean> {
    return this.mediaCall("isPlaying");
  }

  /** Whether the current track has played to its end; false when the browser does not answer. */
  isCompleted(): Promise<boolean> {
    return this.mediaCall("isCompleted");
  }

  override acceptEvent(name: string, data: unknown): boolean {
    if (name === EventName.completed || name === EventName.trackChanged) return Number.isSafeInteger(data) && (data as number) >= 0;
    return super.acceptEvent(name, data);
  }
}
