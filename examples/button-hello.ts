/** An async click handler that adds a line of text to the page. */
import { app, ElevatedButton, Text, type Page } from "../src/index.js";

async function main(page: Page) {
  async function buttonClick() {
    await page.add(new Text("Hello!"));
  }

  await page.add(new ElevatedButton("Say hello!", { onClick: buttonClick }));
}

app(main);
