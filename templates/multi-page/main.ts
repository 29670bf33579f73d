/**
 * The app: pages on routes. `main(page)` runs once for every browser tab; `page.onRouteChange`
 * builds the view stack for `page.route`, so a link, browser Back and a refresh all land on the
 * right page. `/items/:id` is matched with `TemplateRoute`; the AppBar of a page above another
 * gets its back button by itself.
 */
import { AppBar, ListTile, TemplateRoute, Text, View, type Page } from "weftjs";

const ITEMS = ["Apples", "Bread", "Cheese"];

export async function main(page: Page) {
  page.title = "{{name}}";

  page.onRouteChange = async () => {
    page.views.length = 0;
    page.views.push(
      new View("/", ITEMS.map((item, i) => new ListTile({ title: new Text(item), url: `/items/${i}` })), {
        appbar: new AppBar({ title: "{{name}}" }),
      }),
    );
    const match = new TemplateRoute(page.route).match("/items/:id");
    const item = match ? ITEMS[Number(match.id)] : undefined;
    if (item) {
      page.views.push(new View(page.route, [new Text(`All about ${item}.`)], { appbar: new AppBar({ title: item }) }));
      page.title = `${item} · {{name}}`;
    }
    await page.update();
  };

  page.onViewPop = async () => {
    page.views.pop();
    await page.go(page.views.at(-1)!.route);
  };

  await page.go(page.route);
}
