/**
 * `page`: the root of a session's controls, a flex column filling the viewport inside the
 * scaffold of bars and overlays (`./parts/scaffold.ts`). Sets the document's title, and sends `resize`
 * (debounced) whenever the window changes size, listened to or not: the server keeps
 * `page.windowWidth` current with it. Applies the page's theme and
 * theme mode (`../theme.ts`).
 */
import { color } from "../colors.js";
import { str } from "../dom.js";
import { EventName } from "../../protocol/index.js";
import type { Renderer } from "../registry.js";
import { PageTheme } from "../theme.js";
import { crossAxis, mainAxis, overflow } from "./flex.js";
import { ChildGroups, groupsAllowAlignment } from "./parts/child-groups.js";
import { Scaffold } from "./parts/scaffold.js";
import { BrowserHistory } from "../history.js";
import { launchUrl, setDescription } from "../launch.js";

const RESIZE_DEBOUNCE_MS = 150;

function startDownload(url: string): true {
  const link = document.createElement("a");
  link.href = new URL(url, location.href).pathname.startsWith("/_weft/download/") ? url : "about:blank";
  link.download = "";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  return true;
}
/** The page pads its body (`main`), not the scaffold around the bars. */
const OWNS_PROPS: ReadonlySet<string> = new Set(["padding"]);

export const page: Renderer = (ctx, served) => {
  const scaffold = new Scaffold(served);
  const element = scaffold.body;
  // A long page keeps its controls in group boxes, so one changed Text relays out its group (decision 0056).
  const groups = new ChildGroups(element);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent = `${innerWidth}x${innerHeight}`;
  const onResize = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const width = Math.round(innerWidth);
      const height = Math.round(innerHeight);
      if (`${width}x${height}` === sent) return;
      sent = `${width}x${height}`;
      ctx.send(EventName.resize, { width, height });
    }, RESIZE_DEBOUNCE_MS);
  };
  addEventListener("resize", onResize);
  const browserHistory = new BrowserHistory((route) => ctx.send(EventName.routeChange, route), () => element);
  document.title = "Weft";
  const theme = new PageTheme();
  theme.update(ctx.props);
  return {
    element: scaffold.element,
    ownsProps: OWNS_PROPS,
    update(changed) {
      const style = element.style;
      if ("theme" in changed || "darkTheme" in changed || "themeMode" in changed) theme.update(ctx.props);
      for (const name in changed) {
        const value = changed[name];
        switch (name) {
          case "title":
            document.title = str(value, "Weft");
            break;
          case "route":
            browserHistory.show(str(value, "/"), ctx.props.historyMode === "replace");
            break;
          case "description":
            setDescription(str(value, ""));
            break;
          case "bgcolor":
            style.backgroundColor = color(value);
            break;
          case "padding":
            style.padding = typeof value === "number" ? `${value}px` : "";
            break;
          case "spacing":
            style.gap = typeof value === "number" ? `${value}px` : "";
            break;
          case "verticalAlignment":
            style.justifyContent = mainAxis(value);
            groups.allow("alignment", groupsAllowAlignment(value));
            break;
          case "horizontalAlignment":
            style.alignItems = crossAxis(value);
            break;
          case "scroll":
            style.overflow = overflow(value);
            break;
        }
      }
    },
    slot: (name) => scaffold.slot(name),
    groups: (name) => (name === "controls" ? groups : undefined),
    // `page.download(...)`: follows the single-use URL with a download link (the server names the file).
    call: (method, args) =>
      method === "download" && typeof args[0] === "string" ? startDownload(args[0]) : method === "launchUrl" ? launchUrl(args) : undefined,
    destroy() {
      browserHistory.destroy();
      removeEventListener("resize", onResize);
      clearTimeout(timer);
      theme.destroy();
      scaffold.destroy();
    },
  };
};
