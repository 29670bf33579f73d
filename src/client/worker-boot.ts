/**
 * The boot script of a static page (`weft-boot.js`), loaded `async` ahead of the client: it starts
 * the app's worker at once, so the app downloads and runs while `weft.js` is still loading. The
 * client adopts that worker (`app-worker.ts`). Without this script the client starts it itself.
 */
import { appWorker } from "./app-worker.js";

const url = document.querySelector<HTMLMetaElement>('meta[name="weft-worker"]')?.content;
if (url) appWorker(url);
