/**
 * Media and code: an `Audio` and a `Video` driven from the server (their sounds are written by this
 * file, so the example needs no assets; paste a video's URL to play it too), and code shown with
 * `CodeBlock` and in `Markdown`, highlighted by language. The media players' code and the
 * highlighter load only because this page shows them.
 */
import {
  app, Audio, CodeBlock, Column, ResponsiveRow, Dropdown, DropdownOption, ElevatedButton, Markdown, OutlinedButton, Row, Slider, Switch,
  Text, TextField, Video, VideoMedia, type CodeTheme, type Control, type Page,
} from "../src/index.js";

/** A WAV of a soft tone, base64: `seconds` long at `hertz`, 8 kHz mono. */
function toneBase64(seconds: number, hertz: number): string {
  const samples = Math.round(seconds * 8000);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const header: [number, string | number, 2 | 4 | "text"][] = [
    [0, "RIFF", "text"], [4, 36 + samples * 2, 4], [8, "WAVEfmt ", "text"], [16, 16, 4], [20, 1, 2], [22, 1, 2],
    [24, 8000, 4], [28, 16000, 4], [32, 2, 2], [34, 16, 2], [36, "data", "text"], [40, samples * 2, 4],
  ];
  for (const [at, value, size] of header) {
    if (size === "text") [...String(value)].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
    else if (size === 4) view.setUint32(at, Number(value), true);
    else view.setUint16(at, Number(value), true);
  }
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / 400, (samples - i) / 400);
    view.setInt16(44 + i * 2, Math.round(4000 * fade * Math.sin((2 * Math.PI * hertz * i) / 8000)), true);
  }
  let binary = "";
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** A heading, the live controls, and their TypeScript in a CodeBlock: beside them on a desktop, below on a phone. */
function section(title: string, live: Control, source: string): Control {
  const code = new CodeBlock(source.trim(), { language: "typescript", col: { xs: 12, md: 5 } });
  return new Column([new Markdown(`## ${title}`), new ResponsiveRow([new Column([live], { col: { xs: 12, md: 7 }, horizontalAlignment: "stretch" }), code], { spacing: 16 })], {
    horizontalAlignment: "stretch",
  });
}

function audioDemo(page: Page): Control {
  const status = new Text("stopped · 0.0 s");
  let state = "stopped";
  const show = async (position?: number) => {
    status.value = `${state}${position === undefined ? "" : ` · ${seconds(position)}`}`;
    await status.update();
  };
  const audio = new Audio(undefined, {
    srcBase64: toneBase64(3, 523.25),
    onStateChanged: async (e) => { state = e.data; await show(); },
    onPositionChanged: (e) => show(e.data),
  });
  page.overlay.push(audio);
  const volume = new Slider({ min: 0, max: 1, divisions: 10, value: 1, label: "Volume", onChange: async (e) => { audio.volume = e.data; await audio.update(); } });
  return section("Audio", new Column([
    new Row([
      new ElevatedButton("Play", { onClick: async () => void (await audio.play()) }),
      new OutlinedButton("Pause", { onClick: async () => void (await audio.pause()) }),
      new OutlinedButton("Resume", { onClick: async () => void (await audio.resume()) }),
      new OutlinedButton("Seek to 1 s", { onClick: async () => void (await audio.seek(1000)) }),
    ], { wrap: true }),
    volume,
    status,
  ]), `
const audio = new Audio("chime.wav", {
  onStateChanged: (e) => show(e.data),       // "playing", "paused", "completed", …
  onPositionChanged: (e) => show(e.data),    // milliseconds, about four a second
});
page.overlay.push(audio);
new ElevatedButton("Play", { onClick: async () => void (await audio.play()) });
new OutlinedButton("Seek to 1 s", { onClick: async () => void (await audio.seek(1000)) });`);
}

function videoDemo(): Control {
  const track = new Text("Track 1 of 2");
  const position = new Text("0.0 s");
  const video = new Video([new VideoMedia(`data:audio/wav;base64,${toneBase64(2, 392)}`), new VideoMedia(`data:audio/wav;base64,${toneBase64(2, 587.33)}`)], {
    aspectRatio: 16 / 9, fillColor: "surfaceContainerHighest", semanticsLabel: "Example video",
    onTrackChanged: async (e) => { track.value = `Track ${e.data + 1} of ${video.playlist.length}`; await track.update(); },
    onPositionChanged: async (e) => { position.value = seconds(e.data); await position.update(); },
  });
  const url = new TextField({
    label: "Add a video by URL (https, .webm or .mp4)",
    onSubmit: async (e) => {
      if (!/^https:\/\//.test(e.data)) return;
      video.playlistAdd(new VideoMedia(e.data));
      url.value = "";
      await video.page?.update();
    },
  });
  const loop = new Switch({ label: "Loop the playlist", onChange: async (e) => { video.playlistMode = e.data ? "loop" : "none"; await video.update(); } });
  return section("Video", new Column([
    video,
    new Row([
      new OutlinedButton("Previous", { onClick: async () => void (await video.previous()) }),
      new ElevatedButton("Play / pause", { onClick: async () => void (await video.playOrPause()) }),
      new OutlinedButton("Next", { onClick: async () => void (await video.next()) }),
      track,
      position,
    ], { wrap: true }),
    loop,
    url,
  ]), `
const video = new Video([new VideoMedia("intro.webm"), new VideoMedia("main.webm")], {
  aspectRatio: 16 / 9,
  onTrackChanged: (e) => show(\`Track \${e.data + 1}\`),
  onPositionChanged: (e) => show(e.data),
});
new ElevatedButton("Play / pause", { onClick: async () => void (await video.playOrPause()) });
video.playlistAdd(new VideoMedia("https://example.com/more.webm"));`);
}

const NOTES = [
  "Fenced code in `Markdown` is highlighted by its language:",
  "",
  "```python",
  "def greet(name: str) -> str:",
  '    return f"Hello, {name}!"  # a comment',
  "```",
  "",
  "```bash",
  "npx weft run app.ts --watch",
  "```",
].join("\n");

function codeDemo(): Control {
  const block = new CodeBlock(`import { app, Text, type Page } from "weftjs";\n\n// One tab, one main: the page is a tree of controls.\napp(async (page: Page) => {\n  await page.add(new Text("Hello, world", { size: 30 }));\n});`, {
    language: "typescript", showLineNumbers: true,
  });
  const notes = new Markdown(NOTES);
  const themes: CodeTheme[] = ["system", "github", "githubDark", "atomOneLight", "atomOneDark", "monokai"];
  const theme = new Dropdown({
    label: "codeTheme", value: "system", options: themes.map((t) => new DropdownOption(t)),
    onChange: async (e) => {
      block.codeTheme = notes.codeTheme = e.data as CodeTheme;
      await block.page?.update();
    },
  });
  return section("Code", new Column([theme, block, notes], { horizontalAlignment: "stretch" }), `
new CodeBlock(source, { language: "typescript", showLineNumbers: true, codeTheme: "system" });
new Markdown("\`\`\`python\\nprint('hi')\\n\`\`\`");   // highlighted too`);
}

export async function main(page: Page) {
  page.title = "Weft media and code";
  page.themeMode = "light";
  page.horizontalAlignment = "stretch";
  const dark = new Switch({ label: "Dark mode", onChange: async (e) => { page.themeMode = e.data ? "dark" : "light"; await page.update(); } });
  await page.add(new Markdown("# Media and code"), dark, audioDemo(page), videoDemo(), codeDemo());
}

app(main);
