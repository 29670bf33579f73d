/** The smallest async app: one line of text. Run with `npx weft run examples/hello.ts`. */
import { app, Text, type Page } from "../src/index.js";

async function main(page: Page) {
  await page.add(new Text("Hello, async world!"));
}

app(main);
