/**
 * `patch-bytes`: the UTF-8 size of the frame that carries one `Text.value` change, in the
 * protocol document's own example (a Text and a button; the Text becomes "Hello!").
 */
import { ElevatedButton, Text, type Page } from "../src/index.js";
import type { Benchmark, Measurement } from "./benchmark.js";
import { startHeadless } from "./headless.js";

export async function measurePatchBytes(): Promise<Measurement> {
  const text = new Text("Hello");
  const session = await startHeadless(async (page: Page) => {
    await page.add(text, new ElevatedButton("Say hello!", { onClick: () => {} }));
  });
  try {
    text.value = "Hello!";
    await text.update();
    const frame = session.connection.last;
    if (!frame.includes('"Hello!"')) throw new Error(`patch-bytes: the last frame is not the Text's patch: ${frame}`);
    return { metrics: { patch_bytes_text_value: Buffer.byteLength(frame, "utf8") }, notes: [] };
  } finally {
    await session.close();
  }
}

export const patchBytes: Benchmark = {
  name: "patch-bytes",
  metrics: ["patch_bytes_text_value"],
  run: () => measurePatchBytes(),
};
