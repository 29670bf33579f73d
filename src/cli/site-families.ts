/**
 * The lazy families in a static site: a family's chunks (its group of the client build,
 * `BuiltClient.lazy`) are published only when the app's sources name one of the control classes
 * that can show it, as plotly.js is (`site-plotly.ts`; every control's class is in the worker's
 * bundle, so the bundle cannot tell). In place of each chunk left out the site gets a module of a
 * few hundred bytes that throws, naming the family and what to name: the renderer's load then
 * fails with the `client.renderer-load` diagnostic for the control's type and this as its cause,
 * never a blank box. Decision 0061 (amended).
 */
import { readFile } from "node:fs/promises";
import { GRAMMARS_MODULE } from "../server/client-assets.js";

/** A lazy family: what the chunks are called in messages, and the classes that show them. */
interface Family {
  readonly name: string;
  readonly classes: readonly string[];
}

/**
 * Every lazy group of the client, by the module it is built from, with the server classes whose
 * controls need it. `test/cli/site-families.test.ts` checks it against the client's lazy
 * registrations, so a control added to a group must be named here.
 */
export const SITE_FAMILIES: Readonly<Record<string, Family>> = {
  "src/client/controls/widgets.ts": {
    name: "Material widgets",
    // "View": a View's AppBar gets an IconButton back button from Weft itself when views stack
    // (page-navigation.ts), in an app that names no IconButton.
    classes: ["View", "Checkbox", "Chip", "Dropdown", "DropdownOption", "FloatingActionButton", "IconButton", "PopupMenuButton", "ProgressBar", "ProgressRing", "Radio", "RangeSlider", "Slider", "Switch", "TextField"],
  },
  "src/client/controls/charts.ts": {
    name: "charts",
    classes: ["LineChart", "LineChartData", "LineChartDataPoint", "LineChartPointRun", "BarChart", "BarChartGroup", "BarChartRod", "BarChartRodStackItem", "ChartAxis", "ChartAxisLabel", "PieChart", "PieChartSection"],
  },
  "src/client/controls/canvas-drawing.ts": { name: "canvas", classes: ["Canvas"] },
  "src/client/controls/data-tables.ts": { name: "data tables", classes: ["DataTable", "DataColumn", "DataRow", "DataCell"] },
  "src/client/controls/media-players.ts": { name: "media players", classes: ["Video", "Audio"] },
  "src/client/controls/plotly-chart.ts": { name: "Plotly charts", classes: ["PlotlyChart"] },
  // A Markdown's fenced code is highlighted as a CodeBlock's is.
  "src/client/controls/code-block.ts": { name: "code highlighting", classes: ["CodeBlock", "Markdown"] },
  [GRAMMARS_MODULE]: { name: "code grammars", classes: ["CodeBlock", "Markdown"] },
  "src/client/markdown-render.ts": { name: "Markdown", classes: ["Markdown"] },
};

/** What a site carries of the lazy groups: the files to drop, and the module that takes each one's place. */
export interface SiteFamilies {
  /** Asset path → the module written in its place. */
  readonly stubs: ReadonlyMap<string, Uint8Array>;
}

/**
 * Which lazy groups of `lazy` (module → its files) the app (whose bundled sources are `sources`)
 * cannot show, as stand-ins for their files. A group not in `SITE_FAMILIES` is always published,
 * and so is every file `weft.js` loads at start (`keep`).
 */
export async function siteFamilies(lazy: Readonly<Record<string, readonly string[]>> | undefined, sources: readonly string[], keep: readonly string[]): Promise<SiteFamilies> {
  const stubs = new Map<string, Uint8Array>();
  if (!lazy) return { stubs };
  const text = (await Promise.all(sources.map((path) => readFile(path, "utf8").catch(() => "")))).join("\n");
  const named = new Set(text.match(/\b[A-Z]\w*\b/g) ?? []);
  for (const [module, files] of Object.entries(lazy)) {
    const family = SITE_FAMILIES[module];
    if (!family || family.classes.some((name) => named.has(name))) continue;
    for (const file of files) if (!keep.includes(file)) stubs.set(file, stub(family));
  }
  return { stubs };
}

/** The module that stands for a chunk left out: it fails to load with what to do. */
function stub(family: Family): Uint8Array {
  const message =
    `weft publish left the ${family.name} out of this site: the app's sources name none of ${family.classes.join(", ")}. ` +
    "Name the control's class in the app (not only in a package) and publish again";
  return new TextEncoder().encode(`throw new Error(${JSON.stringify(message)});\n`);
}
