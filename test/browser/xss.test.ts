/**
 * Hostile strings into every control that shows text or a URL: Text (and its spans), Markdown,
 * Image, CircleAvatar, tooltips and keys. Run twice: as served, under the page's CSP (which must
 * report no violation at all: nothing inline was even attempted), and in a browser context that
 * ignores the CSP (`bypassCSP`), so that the renderers alone must keep scripts from running. A trap (`window.__pwned`) and a dialog
 * listener catch any script that runs; the DOM is then searched for anything unsafe.
 */
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { chromium, type BrowserContext, type Page as BrowserPage } from "playwright-core";
import { CircleAvatar, Column, ElevatedButton, Image, Markdown, Text, type Page } from "../../src/index.js";
import { bootScript } from "../../src/server/client-assets.js";
import { until } from "./example-checks.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH, TIMEOUT_MS, useBrowser, waitForSession } from "./harness.js";

const browser = useBrowser();

const RUN = "window.__pwned=1";
const HTML_PAYLOADS = [
  `<img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `"><svg onload=${RUN}>`,
  `'><iframe srcdoc="<script>parent.${RUN}</script>">`,
  `<svg><script>${RUN}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<div style="background:url(javascript:${RUN})">styled</div>`,
  `<style>body{display:none}</style>`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<details open ontoggle=${RUN}>`,
  `<object data="data:text/html,<script>${RUN}</script>"></object>`,
];
/** URLs with a scheme that must be dropped. */
const BAD_SCHEMES = [
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `vbscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
];
/** Attribute breakouts: harmless relative URLs once set as a property, but they must stay inert. */
const BREAKOUTS = [`x" onerror="${RUN}`, `"><img src=x onerror=${RUN}>`];
const BAD_URLS = [...BAD_SCHEMES, ...BREAKOUTS];
const MARKDOWN = [
  "# Hostile",
  ...HTML_PAYLOADS,
  ...BAD_URLS.map((url, i) => `[bad link ${i}](${url.replace(/[()\s]/g, "")})`),
  ...BAD_URLS.map((url, i) => `![bad image ${i}](${url.replace(/[()\s]/g, "")})`),
  `[breakout](https://example.com/ok "title\\" onmouseover=\\"${RUN}")`,
  `![a" onerror="${RUN}](https://example.com/a.png)`,
  `<https://example.com/auto>`,
  `[fine](https://example.com/fine)`,
  "![svg](data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9fcHduZWQ9MSI+PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+PC9zdmc+)",
].join("\n\n");

/** An app that shows every payload at first, and again through updates after a click. */
function hostileApp(page: Page) {
  const texts = HTML_PAYLOADS.map((payload) => new Text(payload, { tooltip: payload, key: payload }));
  const spans = new Text("Spans: ", {
    spans: BAD_URLS.map((url, i) => ({ text: `span ${i} ${HTML_PAYLOADS[i % HTML_PAYLOADS.length]}`, url })),
  });
  const images = BAD_URLS.map((url) => new Image(url, { semanticsLabel: url, width: 10, height: 10 }));
  const avatars = BAD_URLS.map((url) => new CircleAvatar("X", { backgroundImageSrc: url, foregroundImageSrc: url }));
  const markdown = new Markdown("Waiting");
  const shown = new Text("Hostile content shown");
  page.add(
    new ElevatedButton("Show more", {
      onClick: () => {
        markdown.value = MARKDOWN;
        for (const [i, text] of texts.entries()) text.value = BAD_URLS[i % BAD_URLS.length]!;
        spans.spans = HTML_PAYLOADS.map((payload, i) => ({ text: payload, url: BAD_URLS[i % BAD_URLS.length] }));
        for (const [i, image] of images.entries()) image.src = HTML_PAYLOADS[i]!;
        shown.value = "Updated";
      },
    }),
    new Column([...texts, spans, ...images, ...avatars, new Markdown(MARKDOWN), markdown, shown]),
  );
}

/**
 * Everything unsafe found in the document (empty when all is well). A string, so that the test
 * runner's transform adds no helpers to it.
 */
const FIND_UNSAFE = `(() => {
  const found = [];
  const safe = (url, image) => {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" || (image && /^data:image\\//i.test(parsed.href));
  };
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(el.tagName + " has " + name);
      if (name === "srcdoc") found.push(el.tagName + " has srcdoc");
      if (["href", "src", "action", "formaction", "data", "xlink:href"].includes(name) && !safe(attr.value, el.tagName === "IMG")) {
        found.push(el.tagName + " " + name + "=" + attr.value.slice(0, 60));
      }
    }
    if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "FORM", "STYLE", "BASE", "META", "LINK"].includes(el.tagName) && el.closest("#weft-root")) {
      found.push("a <" + el.tagName.toLowerCase() + "> inside the app");
    }
  }
  // The page's own boot script (allowed by its hash in the CSP) is the one inline script there is.
  for (const script of document.scripts) if (!script.src && script.text !== BOOT_SOURCE) found.push("an inline <script>");
  for (const md of document.querySelectorAll(".weft-markdown")) {
    for (const el of md.querySelectorAll("[style], [class], [id], svg, math")) found.push("Markdown output has " + el.tagName + " " + el.getAttributeNames().join(" "));
  }
  return found;
})()`;

async function findUnsafe(tab: BrowserPage): Promise<string[]> {
  const boot = (await bootScript()).source;
  return tab.evaluate(FIND_UNSAFE.replace("BOOT_SOURCE", JSON.stringify(boot))) as Promise<string[]>;
}

/** A context of its own that ignores the page's CSP, talking to 127.0.0.1 only like the harness's. */
let bypassing: BrowserContext | undefined;
after(async () => {
  await bypassing?.browser()?.close();
});
async function cspBypassingContext(): Promise<BrowserContext> {
  if (bypassing) return bypassing;
  const own = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
  bypassing = await own.newContext({ bypassCSP: true, viewport: { width: 1024, height: 768 } });
  bypassing.setDefaultTimeout(TIMEOUT_MS);
  await bypassing.route(/.*/, (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1") return route.continue();
    return route.abort("blockedbyclient");
  });
  return bypassing;
}

async function openHostile(stripCsp: boolean): Promise<{ tab: BrowserPage; dialogs: string[]; violations: () => Promise<string[]> }> {
  const server = await browser.serve(hostileApp);
  const tab = await (stripCsp ? await cspBypassingContext() : browser.context).newPage();
  const dialogs: string[] = [];
  tab.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await tab.goto(server.url);
  await waitForSession(tab);
  return { tab, dialogs, violations: () => tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

async function exercise(tab: BrowserPage): Promise<void> {
  await tab.getByRole("heading", { name: "Hostile" }).waitFor();
  // Follow what looks like a link or picture, hover what could carry a handler.
  for (const text of ["span 0", "bad link 0", "breakout"]) {
    const target = tab.getByText(text).first();
    await target.hover();
    await target.click({ modifiers: ["Alt"] }).catch(() => {});
  }
  await tab.getByRole("button", { name: "Show more" }).click();
  await tab.getByText("Updated", { exact: true }).waitFor();
  await until(async () => (await tab.getByRole("heading", { name: "Hostile" }).count()) === 2, "the updated Markdown rendered");
}

for (const stripCsp of [false, true]) {
  const how = stripCsp ? "with the CSP stripped, the renderers alone" : "as served, under the CSP";
  test(`hostile text, spans, Markdown, images and avatars run no script (${how})`, async () => {
    const { tab, dialogs, violations } = await openHostile(stripCsp);
    await exercise(tab);
    await tab.waitForTimeout(300); // let any image that would fire onerror settle (no timing is asserted)
    assert.equal(await tab.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, "no script ran");
    assert.deepEqual(dialogs, [], "no dialog opened");
    assert.deepEqual(await findUnsafe(tab), [], "nothing unsafe in the DOM");
    if (!stripCsp) assert.deepEqual(await violations(), [], "nothing inline was attempted");
    await tab.close();
  });
}

test("Text shows hostile strings as the text they are", async () => {
  const { tab } = await openHostile(false);
  await tab.getByRole("heading", { name: "Hostile" }).waitFor();
  const shown = await tab.locator(".weft-text").evaluateAll((els) => els.map((el) => el.textContent));
  for (const payload of HTML_PAYLOADS) assert.ok(shown.includes(payload), `shown as text: ${payload}`);
  for (const payload of HTML_PAYLOADS) await tab.getByTitle(payload, { exact: true }).first().waitFor({ state: "attached" });
  const spanLinks = await tab.locator(".weft-text a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  // A span's url is a route (`/…`) or an http(s)/mailto URL; a breakout is neither, so no link.
  assert.deepEqual(spanLinks, [], "no hostile URL, breakouts included, became a link");
  const md = await tab.locator(".weft-markdown").first().textContent();
  assert.ok(md?.includes("<img src=x onerror="), "raw HTML in Markdown shows as text");
  const fine = tab.getByRole("link", { name: "fine" }).first();
  assert.equal(await fine.getAttribute("rel"), "noopener noreferrer");
  for (let i = 0; i < BAD_SCHEMES.length; i++) {
    assert.equal(await tab.getByRole("link", { name: `bad link ${i}` }).count(), 0, `bad link ${i} is not a link`);
  }
  await tab.close();
});
