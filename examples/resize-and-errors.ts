/**
 * Page events: `onResize` reports the new viewport size, and `onError` receives what a handler
 * threw. A throwing handler never ends the session: the page keeps working.
 */
import { app, ElevatedButton, Text, type Page } from "../src/index.js";

async function main(page: Page) {
  const size = new Text(`Page size: ${page.windowWidth} x ${page.windowHeight}`);
  const error = new Text("No errors yet");

  function pageResize() {
    size.value = `New page size: ${page.windowWidth} x ${page.windowHeight}`;
  }

  page.onResize = pageResize;
  page.onError = (e) => { error.value = `Page error: ${e.data}`; };

  function breakIt(): void {
    throw new Error("Something broke in a click handler");
  }

  async function stillWorks() {
    await page.add(new Text("Yes, the page still works."));
  }

  await page.add(
    size,
    new ElevatedButton("Break it", { onClick: breakIt }),
    error,
    new ElevatedButton("Still working?", { onClick: stillWorks }),
  );
}

app(main);
