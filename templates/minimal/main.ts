/** The app: `main(page)` runs once for every browser tab that opens it. */
import { Text, type Page } from "weftjs";

export async function main(page: Page) {
  page.title = "{{name}}";
  await page.add(new Text("Hello from Weft!"));
}
