/**
 * The examples gallery, what `npm start` serves: every example in this folder on one server, each
 * at its own path (`/hello/`, `/countdown/`, …), with an index at `/` linking them. The examples
 * are ordinary app files ending in `app(main)`; `captureApps` collects their `main` functions
 * instead of letting each start a server of its own.
 *
 * Run: `node --import tsx examples/gallery.ts` (PORT and HOST override 8550 and 127.0.0.1).
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { app, type AppHandle, type AppMain, type AppOptions } from "../src/index.js";
import { usePhotoDir } from "./photo.js";
import { useUploadDir } from "./uploads.js";
import { captureApps } from "../src/server/capture.js";
import { startHost } from "../src/server/host.js";

/** One example of the gallery, in the order the index lists them. */
export interface GalleryExample {
  /** Its path on the gallery server, without slashes: `hello` is served at `/hello/`. */
  readonly slug: string;
  readonly title: string;
  /** One line for the index. */
  readonly description: string;
  /** Imports the example's file (which calls `app(main)`). */
  readonly load: () => Promise<unknown>;
  /** It needs the server (it uploads files): `weft publish` cannot make a static site of it. */
  readonly serverOnly?: boolean;
}

export const EXAMPLES: readonly GalleryExample[] = [
  {
    slug: "hello",
    title: "Hello",
    description: "The smallest async app: main adds one line of text.",
    load: () => import("./hello.js"),
  },
  {
    slug: "button-hello",
    title: "Button hello",
    description: "An async click handler that adds a line of text.",
    load: () => import("./button-hello.js"),
  },
  {
    slug: "delayed-hello",
    title: "Delayed hello",
    description: "A handler that awaits sleep(1000) before answering, without blocking the page.",
    load: () => import("./delayed-hello.js"),
  },
  {
    slug: "countdown",
    title: "Countdown",
    description: "Two user controls, each counting down in its own background task.",
    load: () => import("./countdown.js"),
  },
  {
    slug: "resize-and-errors",
    title: "Resize and errors",
    description: "onResize shows the window size; onError shows what a broken handler threw.",
    load: () => import("./resize-and-errors.js"),
  },
  {
    slug: "todo",
    title: "To-Do",
    description: "Flet's To-Do tutorial, ported line for line: tasks to add, edit, complete, filter and clear.",
    load: () => import("./todo.js"),
  },
  {
    slug: "calculator",
    title: "Calculator",
    description: "Flet's Calculator tutorial, ported line for line: styled, expanded buttons in rows.",
    load: () => import("./calculator.js"),
  },
  {
    slug: "chat",
    title: "Chat",
    description: "Flet's chat tutorial: a name dialog, then every tab's messages through page.pubsub. Open it in two tabs.",
    load: () => import("./chat.js"),
  },
  {
    slug: "routing",
    title: "Routing",
    description: "Flet's views-on-route-change example: page.go, a view stack with its own back button, browser Back and deep links.",
    load: () => import("./routing.js"),
  },
  {
    slug: "shop",
    title: "Shop",
    description: "A small shop on routes: a list, items at /items/:id, a cart; links open in new tabs, Back returns.",
    load: () => import("./shop.js"),
  },
  {
    slug: "uploads",
    title: "Uploads",
    description: "Pick several files, watch a progress bar per file as each uploads, then download each back.",
    // The file starts its own server only when run directly; here its main joins the gallery.
    load: async () => app((await import("./uploads.js")).uploadsMain),
    serverOnly: true,
  },
  {
    slug: "photo",
    title: "Photo",
    description: "Pick a picture, upload it with a progress bar and show it with Image.",
    load: async () => app((await import("./photo.js")).photoMain),
    serverOnly: true,
  },
  {
    slug: "shared-counter",
    title: "Shared counter",
    description: "One counter every tab shares through page.pubsub, with page.presence counting the tabs. Open it in two tabs.",
    load: () => import("./shared-counter.js"),
  },
  {
    slug: "controls",
    title: "Control catalog",
    description: "Every control family, live beside its TypeScript, with a light/dark switch and a seed colour.",
    load: () => import("./controls.js"),
  },
  {
    slug: "charts",
    title: "Charts",
    description: "LineChart, BarChart and PieChart beside their TypeScript: a ticking line, a bar driven by a slider, a pie that answers the pointer, a live series of 100,000 points.",
    load: () => import("./charts.js"),
  },
  {
    slug: "data-table",
    title: "Data table",
    description: "100,000 generated orders in a DataTable: sorted, selected and paged, or scrolled through, with only the rows shown ever sent.",
    load: () => import("./data-table.js"),
  },
  {
    slug: "brush",
    title: "Brush",
    description: "Flet's canvas brush: drag on a Canvas to draw; each pan update appends one line, drawn over the board.",
    load: () => import("./brush.js"),
  },
  {
    slug: "media",
    title: "Media and code",
    description: "Audio and Video played from the server with their position and state, and code highlighted in a CodeBlock and in Markdown, with six themes.",
    load: () => import("./media.js"),
  },
];

/** An example together with the `main` its file passed to `app()`. */
export interface LoadedExample extends GalleryExample {
  readonly main: AppMain;
}

let loaded: Promise<LoadedExample[]> | undefined;

/**
 * Imports every example with `app()` captured and returns their `main` functions. Memoised: an
 * ES module runs once per process, so a second capture of the same file would find nothing.
 */
export function loadExamples(): Promise<LoadedExample[]> {
  loaded ??= (async () => {
    const result: LoadedExample[] = [];
    for (const example of EXAMPLES) {
      const apps = await captureApps(example.load);
      const first = apps[0];
      if (first === undefined) throw new Error(`examples/${example.slug}.ts did not call app(main)`);
      result.push({ ...example, main: first.main });
    }
    return result;
  })();
  return loaded;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * The index page: plain semantic HTML and the host's stylesheet (the host's CSP allows no inline
 * code). The `weft-page` class gives it the padding and spacing of an app's page.
 */
export function renderIndex(examples: readonly GalleryExample[], apiReference?: string): string {
  const items = examples
    .map(
      (e) =>
        `      <li><a href="/${escapeHtml(encodeURIComponent(e.slug))}/">${escapeHtml(e.title)}</a>` +
        ` <span>${escapeHtml(e.description)}</span></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Weft examples</title>
    <link rel="stylesheet" href="/_weft/weft.css">
  </head>
  <body>
    <main class="weft-page">
      <h1>Weft examples</h1>
      <p>Each example is one TypeScript file in <code>examples/</code>, running live. Open one in two tabs: every tab is its own session.</p>
      <ul>
${items}
      </ul>${
        apiReference
          ? `
      <h2>Reference</h2>
      <p><a href="${escapeHtml(apiReference)}">API reference and guides</a> <span>(every public class, function and option, from the JSDoc, with the docs/ guides; built in the background at the first start, so reload if it is not there yet)</span></p>`
          : ""
      }
    </main>
  </body>
</html>
`;
}

/** Where the gallery's uploads and photos go unless `uploadDir` is given: a folder of the system's temp dir. */
export const GALLERY_UPLOAD_DIR = join(tmpdir(), "weft-gallery-uploads");

/** Where `npm start` serves the API reference (scripts/api-docs.mjs writes it into the gallery's assets). */
export const API_REFERENCE_PATH = "/assets/api/index.html";

/**
 * Starts one server hosting every example, with the index at `/`. With `apiReference`, the index
 * links the API reference there (`npm start` passes it, with `assetsDir` holding the reference).
 */
export async function startGallery(options: AppOptions & { apiReference?: string } = {}): Promise<AppHandle> {
  const { apiReference, ...appOptions } = options;
  const examples = await loadExamples();
  const uploadDir = appOptions.uploadDir ?? GALLERY_UPLOAD_DIR;
  useUploadDir(uploadDir);
  usePhotoDir(uploadDir);
  return startHost(
    examples.map((e) => ({ path: `/${e.slug}/`, title: e.title, main: e.main })),
    { ...appOptions, uploadDir, indexHtml: renderIndex(examples, apiReference) },
  );
}

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === "") return 8550;
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

async function serve(): Promise<void> {
  let handle: AppHandle;
  try {
    // The API reference goes into the gallery's assets (scripts/api-docs.mjs, run by npm start).
    const assetsDir = join(dirname(fileURLToPath(import.meta.url)), "..", ".cache", "gallery-assets");
    mkdirSync(assetsDir, { recursive: true });
    handle = await startGallery({ port: portFromEnv(process.env.PORT), host: process.env.HOST || "127.0.0.1", view: "none", assetsDir, apiReference: API_REFERENCE_PATH });
  } catch (error) {
    console.error(`weft: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`Weft examples gallery running at ${handle.url}`);
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    // `npm start` forwards the terminal's Ctrl-C, so the same signal may arrive twice: close once.
    if (closing) return;
    closing = true;
    console.log(`\nWeft: ${signal}, closing sessions…`);
    setTimeout(() => process.exit(0), 5000).unref();
    void handle.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await serve();
