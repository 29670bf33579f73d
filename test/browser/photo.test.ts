/**
 * examples/photo.ts in Chromium: the bound button opens the chooser, the picked picture uploads and
 * is shown by `Image` at its natural size; a file that is no picture is refused with the reason in
 * the page. Screenshots at 1280x800 and 390x844 go to docs/screenshots/.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { appAsync } from "../../src/index.js";
import { photoMain, usePhotoDir } from "../../examples/photo.js";
import { solidPng } from "../png-fixture.js";
import { quietLogger, useBrowser } from "./harness.js";

const browser = useBrowser();
const SHOTS = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "docs", "screenshots");
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "weft-photo-"));
  await writeFile(join(work, "sky.png"), solidPng(400, 300, [70, 130, 210]));
  await writeFile(join(work, "fake.png"), "this is not a picture");
});
after(() => rm(work, { recursive: true, force: true }));

async function pickAndWait(tab: import("playwright-core").Page, file: string, status: RegExp): Promise<void> {
  const chooser = tab.waitForEvent("filechooser");
  await tab.getByRole("button", { name: "Pick a photo…" }).click();
  await (await chooser).setFiles(join(work, file));
  await tab.getByText(status).waitFor();
}

test("photo: a picked picture uploads and is shown at its natural size; a non-picture is refused in the page", async () => {
  usePhotoDir(join(work, "photos"));
  const handle = browser.track(await appAsync(photoMain, { port: 0, host: "127.0.0.1", view: "none", logger: quietLogger, uploadDir: join(work, "photos") }));
  const tab = await browser.open(handle.url);
  await pickAndWait(tab, "sky.png", /^sky\.png, \d+ KB$/);
  const img = tab.locator('img[alt="sky.png"]');
  await tab.waitForFunction(() => document.querySelector("img")?.complete === true);
  assert.deepEqual(await img.evaluate((el: HTMLImageElement) => [el.naturalWidth, el.naturalHeight]), [400, 300]);
  const box = (await img.boundingBox())!;
  assert.deepEqual([box.width, box.height], [320, 240], "shown in its 320x240 frame");
  for (const [name, width, height] of [["desktop", 1280, 800], ["phone", 390, 844]] as const) {
    await tab.setViewportSize({ width, height });
    await tab.screenshot({ path: join(SHOTS, `photo-${name}.png`) });
  }
  await pickAndWait(tab, "fake.png", /^Image srcBytes is not a PNG/);
  assert.equal(await tab.locator('img[alt="sky.png"]').count(), 1, "the earlier photo stays");
});
