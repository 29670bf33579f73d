/** Sleeping in a handler: `await sleep(1000)` waits without blocking the rest of the app. */
import { app, ElevatedButton, sleep, Text, type Page } from "../src/index.js";

async function main(page: Page) {
  async function buttonClick() {
    await sleep(1000);
    await page.add(new Text("Hello!"));
  }

  await page.add(new ElevatedButton("Say hello with delay!", { onClick: buttonClick }));
}

app(main);
