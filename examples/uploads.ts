/**
 * Uploads: pick several files (the button opens the chooser on the click itself), watch a progress
 * bar per file, then download each back. Files go to ./uploads (100 MB per file by default).
 */
import { app, Column, ElevatedButton, FilePicker, ProgressBar, Row, Text, TextButton, type Page, type PickedFile } from "../src/index.js";

/** Where the example stores uploads; a test points it elsewhere. */
export let uploadDir = "uploads";
export function useUploadDir(dir: string): void {
  uploadDir = dir;
}

export function uploadsMain(page: Page): Promise<void> {
  const list = new Column({ spacing: 8 });
  const status = new Text("");
  const picker = new FilePicker({ allowMultiple: true, onResult: (e) => upload(e.data.files) });
  const pick = new ElevatedButton("Pick files…");

  async function upload(files: PickedFile[]) {
    if (files.length === 0) return;
    status.value = "";
    const bars = new Map(files.map((f) => [f.id, new ProgressBar({ value: 0, width: 200, semanticsLabel: `Uploading ${f.name}` })]));
    const rows = new Map(files.map((f) => [f.id, new Row([new Text(f.name, { width: 240 }), bars.get(f.id)!])]));
    list.controls.push(...rows.values());
    await list.update();
    try {
      const results = await picker.upload(files, {
        onProgress: (p) => {
          bars.get(p.file.id)!.value = p.progress;
          void list.update();
        },
      });
      for (const result of results) {
        const row = rows.get(result.file.id)!;
        if (result.state === "done") {
          row.controls = [new Text(result.file.name, { width: 240 }), bars.get(result.file.id)!, new TextButton(`Download ${result.file.name}`, { onClick: () => page.download({ path: `${uploadDir}/${result.storedName}` }, { filename: result.file.name }) })];
        } else row.controls = [new Text(`${result.file.name}: ${result.error ?? result.state}`)];
      }
    } catch (error) {
      for (const row of rows.values()) list.controls.splice(list.controls.indexOf(row), 1);
      status.value = (error as Error).message;
    }
    await page.update();
  }

  page.overlay.push(picker);
  return page.add(pick, status, list).then(() => {
    picker.bind(pick);
    return page.update();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) app(uploadsMain, { uploadDir });
