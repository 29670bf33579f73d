/**
 * Flet's "building views on route change" example (Navigation and routing), ported: a home view
 * and a store view; `page.go` pushes a browser history entry, the store's AppBar gets a back
 * button by itself, and browser Back, Forward and refresh keep to the route.
 * Run with `npx weft run examples/routing.ts`, then open `/store` directly too.
 */
import { AppBar, app, ElevatedButton, Text, View, type Page, type RouteChangeEvent, type ViewPopEvent } from "../src/index.js";

function main(page: Page) {
  page.title = "Routes Example";

  function routeChange(_e: RouteChangeEvent) {
    page.views.length = 0;
    page.views.push(
      new View("/", [new ElevatedButton("Visit Store", { onClick: () => page.go("/store") })], {
        appbar: new AppBar({ title: "Flet app", bgcolor: "surfaceContainerHighest" }),
      }),
    );
    page.description = "The home view of the routing example";
    if (page.route === "/store") {
      page.views.push(
        new View("/store", [new Text("Welcome to the store"), new ElevatedButton("Go Home", { onClick: () => page.go("/") })], {
          appbar: new AppBar({ title: "Store", bgcolor: "surfaceContainerHighest" }),
        }),
      );
      page.description = "The store view of the routing example";
    }
    return page.update();
  }

  function viewPop(_e: ViewPopEvent) {
    page.views.pop();
    const topView = page.views.at(-1)!;
    return page.go(topView.route);
  }

  page.onRouteChange = routeChange;
  page.onViewPop = viewPop;
  return page.go(page.route);
}

app(main);
