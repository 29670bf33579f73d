/**
 * A small shop on routes: the list at `/`, an item at `/items/:id` (matched with `TemplateRoute`),
 * the cart at `/cart`. Each route is a view on the stack, so the AppBar's back button and browser
 * Back return to the list; a deep link or refresh on `/items/2` opens that item. Items and the cart
 * are `url` links: a middle-click opens one in a new tab, as its own session.
 * Run with `npx weft run examples/shop.ts`.
 */
import { AppBar, app, ElevatedButton, IconButton, ListTile, Text, TemplateRoute, View, type Page } from "../src/index.js";

const ITEMS = [
  { id: "1", name: "Green tea", price: 4 },
  { id: "2", name: "Black tea", price: 5 },
  { id: "3", name: "Teapot", price: 30 },
];

function main(page: Page) {
  page.title = "Shop";
  const cart: string[] = [];
  const cartButton = () => new IconButton("shopping_cart", { tooltip: `Cart (${cart.length})`, url: "/cart" });

  const list = () =>
    new View("/", ITEMS.map((item) => new ListTile({ title: new Text(item.name), subtitle: new Text(`$${item.price}`), url: `/items/${item.id}` })), {
      appbar: new AppBar({ title: "Shop", actions: [cartButton()] }),
    });

  page.onRouteChange = () => {
    page.views.length = 0;
    page.views.push(list());
    const match = new TemplateRoute(page.route).match("/items/:id");
    const item = match && ITEMS.find((i) => i.id === match.id);
    if (item) {
      page.title = `${item.name} · Shop`;
      page.description = `${item.name}, $${item.price}`;
      page.views.push(
        new View(page.route, [new Text(item.name, { size: 24 }), new Text(`$${item.price}`), new ElevatedButton("Add to cart", { onClick: () => { cart.push(item.id); return page.go("/cart"); } })], {
          appbar: new AppBar({ title: item.name, actions: [cartButton()] }),
        }),
      );
    } else if (page.route === "/cart") {
      page.title = "Cart · Shop";
      const lines = cart.map((id) => ITEMS.find((i) => i.id === id)!);
      const total = lines.reduce((sum, i) => sum + i.price, 0);
      page.views.push(
        new View("/cart", [...lines.map((i) => new Text(`${i.name}  $${i.price}`)), new Text(lines.length ? `Total $${total}` : "The cart is empty")], {
          appbar: new AppBar({ title: "Cart" }),
        }),
      );
    } else {
      page.title = "Shop";
    }
    return page.update();
  };
  page.onViewPop = () => {
    page.views.pop();
    return page.go(page.views.at(-1)!.route);
  };
  return page.go(page.route);
}

app(main);
