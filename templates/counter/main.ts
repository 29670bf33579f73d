/** The app: `main(page)` runs once for every browser tab that opens it, so each tab counts alone. */
import { IconButton, Icons, Row, Text, type Page } from "weftjs";

export async function main(page: Page) {
  page.title = "{{name}}";
  page.verticalAlignment = "center";
  const count = new Text("0", { size: 32, key: "count" });

  async function add(step: number) {
    count.value = String(Number(count.value) + step);
    await count.update();
  }

  await page.add(
    new Text("Counter", { size: 24 }),
    new Row(
      [
        new IconButton(Icons.REMOVE, { tooltip: "Decrement", onClick: () => add(-1) }),
        count,
        new IconButton(Icons.ADD, { tooltip: "Increment", onClick: () => add(1) }),
      ],
      { alignment: "center" },
    ),
  );
}
