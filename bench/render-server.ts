/**
 * Child process of `initial-render`: serves either a Weft app whose `main` adds `items` Texts
 * (`weft`, through `appAsync`) or the floor, a hand-written page that builds the same spans from
 * one JSON array sent over a raw `ws` (`floor`). Each runs in its own Node, as a server does, so
 * the bench's browser driver never shares its event loop.
 *
 * `weft-painted` is the `weft` page painted by the server whatever its size
 * (`firstPaintMaxControls: Infinity`): past the default limit, `weft` is painted by the client.
 *
 * `weft-button` is the Weft page with a button first, whose click sets a Text (`answer`) to
 * "clicked": the first-paint bench times until a click works. `weft` and `weft-button` are
 * served with `firstPaint: "server"` (issue 21's goal is for that paint); `weft-client` and
 * `weft-button-client` with `firstPaint: "client"`, today's default, for comparison.
 *
 * Usage (by the bench): `node --import tsx bench/render-server.ts weft|weft-client|weft-painted|weft-button|weft-button-client|floor <items>`
 */
import { ElevatedButton, Text, appAsync, type Page } from "../src/index.js";
import { serveParent } from "./child.js";
import { floorPage, startFloorServer } from "./floor-server.js";
import { quietLogger } from "./serve-app.js";

const kind = process.argv[2];
const items = Number(process.argv[3] ?? 0);

/** The text of item `i`, on both sides. */
function label(i: number): string {
  return `item ${i}`;
}

/** The floor's page: open a socket, take one JSON array, build one span per string. */
const FLOOR_PAGE = floorPage(`
  const items = JSON.parse(e.data);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < items.length; i++) {
    const span = document.createElement("span");
    span.textContent = items[i];
    if (i === items.length - 1) span.setAttribute("data-key", "last");
    fragment.append(span);
  }
  document.getElementById("root").append(fragment);`);

let close: () => Promise<void> = async () => {};

async function start(): Promise<Record<string, unknown>> {
  if (kind === "weft" || kind === "weft-client" || kind === "weft-painted" || kind === "weft-button" || kind === "weft-button-client") {
    const button = kind.startsWith("weft-button");
    const handle = await appAsync(
      async (page: Page) => {
        const texts = Array.from({ length: items }, (_, i) => new Text(label(i), i === items - 1 ? { key: "last" } : undefined));
        if (!button) return page.add(...texts);
        const answer = new Text("not yet", { key: "answer" });
        const go = new ElevatedButton("Go", { key: "go", onClick: () => void (answer.value = "clicked") });
        await page.add(go, answer, ...texts);
      },
      {
        port: 0,
        host: "127.0.0.1",
        view: "none",
        logger: quietLogger,
        firstPaint: kind.endsWith("-client") ? "client" : "server",
        ...(kind === "weft-painted" ? { firstPaintMaxControls: Infinity } : {}),
      },
    );
    close = () => handle.close();
    return { url: handle.url };
  }
  if (kind === "floor") {
    const payload = JSON.stringify(Array.from({ length: items }, (_, i) => label(i)));
    const server = await startFloorServer({ html: FLOOR_PAGE, onSocket: (socket) => socket.send(payload) });
    close = () => server.close();
    return { url: server.url };
  }
  throw new Error(`render-server: unknown kind ${JSON.stringify(kind)}`);
}

if (kind) void serveParent(start, async () => undefined, () => close());
