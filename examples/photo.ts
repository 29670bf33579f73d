/**
 * Photo: pick a picture (the button opens the chooser on the click itself), upload it with a
 * progress bar, and show it with `Image`. Pictures go to ./photos (10 MB at most); the shown one
 * is read back from there and sent as `srcBytes`, which refuses anything that is not a picture.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { app, Column, ElevatedButton, FilePicker, Image, ProgressBar, Text, type Page, type PickedFile } from "../src/index.js";

/** Where the example stores photos; a test points it elsewhere. */
export let photoDir = "photos";
export function usePhotoDir(dir: string): void {
  photoDir = dir;
}

export async function photoMain(page: Page): Promise<void> {
  page.title = "Photo";
  const status = new Text("Pick a PNG, JPEG, GIF or WebP picture.");
  const bar = new ProgressBar({ value: 0, width: 320, semanticsLabel: "Upload progress", visible: false });
  const frame = new Column({ spacing: 8 });
  const picker = new FilePicker({ fileType: "image", onResult: (e) => show(e.data.files[0]) });
  const pick = new ElevatedButton("Pick a photo…", { icon: "photo" });

  async function show(file: PickedFile | undefined) {
    if (!file) return;
    bar.value = 0;
    bar.visible = true;
    status.value = `Uploading ${file.name}…`;
    await page.update();
    const [result] = await picker.upload([file], {
      onProgress: (p) => {
        bar.value = p.progress;
        void bar.update();
      },
    });
    bar.visible = false;
    if (result?.state !== "done" || !result.storedName) status.value = `${file.name}: ${result?.error ?? result?.state ?? "not uploaded"}`;
    else {
      try {
        const bytes = await readFile(join(photoDir, result.storedName));
        frame.controls = [new Image({ srcBytes: bytes, width: 320, height: 240, fit: "contain", borderRadius: 12, semanticsLabel: file.name })];
        status.value = `${file.name}, ${Math.round(file.size / 1024)} KB`;
      } catch (error) {
        status.value = (error as Error).message;
      }
    }
    await page.update();
  }

  page.overlay.push(picker);
  await page.add(pick, status, bar, frame);
  picker.bind(pick);
  await page.update();
}

if (import.meta.url === `file://${process.argv[1]}`) app(photoMain, { uploadDir: photoDir, maxUploadBytes: 10 * 1024 * 1024 });
