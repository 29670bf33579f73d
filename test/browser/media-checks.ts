/** Waits for what a media element reports to reach the server. */
import assert from "node:assert/strict";

/** Polls `check` every 50 ms until it holds, failing with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A small WebM (VP8, 160×90, `ms` long) recorded in the page itself from a canvas by
 * MediaRecorder: Debian's Chromium plays WebM, and no binary fixture needs shipping.
 */
export function recordWebm(tab: import("playwright-core").Page, ms: number): Promise<Buffer> {
  return tab
    .evaluate(async (duration) => {
      const canvas = document.createElement("canvas");
      canvas.width = 160;
      canvas.height = 90;
      const g = canvas.getContext("2d")!;
      const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: "video/webm;codecs=vp8" });
      const parts: Blob[] = [];
      recorder.ondataavailable = (e) => parts.push(e.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      const start = performance.now();
      recorder.start();
      // A plain loop: a named function inside would be renamed through tsx's __name, which the page lacks.
      for (let t = 0; t < duration; t = performance.now() - start) {
        g.fillStyle = "#6750a4";
        g.fillRect(0, 0, 160, 90);
        g.fillStyle = "#ffffff";
        g.fillRect((t / 10) % 160, 30, 30, 30);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      recorder.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(parts, { type: "video/webm" }).arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
      return btoa(binary);
    }, ms)
    .then((base64) => Buffer.from(base64, "base64"));
}
