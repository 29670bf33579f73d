/**
 * The control catalog: every family of controls (buttons, inputs, layout, display, navigation,
 * overlays, gestures), each live example beside the TypeScript that makes it. At the top, a
 * light/dark switch (`page.themeMode`) and a seed-colour dropdown (`page.theme = new Theme({
 * colorSchemeSeed })`), both switchable live.
 *
 * Run: `node --import tsx examples/controls.ts`, or `npm start` and open `/controls/`.
 */
import {
  AlertDialog,
  app,
  AppBar,
  Badge,
  Banner,
  BottomSheet,
  Card,
  Checkbox,
  Chip,
  CircleAvatar,
  Column,
  Container,
  DataCell,
  DataColumn,
  DataRow,
  DataTable,
  DatePicker,
  Divider,
  Dropdown,
  DropdownOption,
  ElevatedButton,
  ExpansionTile,
  FilledButton,
  FilledTonalButton,
  FloatingActionButton,
  GestureDetector,
  GridView,
  Icon,
  IconButton,
  ListTile,
  ListView,
  Markdown,
  NavigationBar,
  NavigationBarDestination,
  NavigationDrawer,
  NavigationDrawerDestination,
  NavigationRail,
  NavigationRailDestination,
  OutlinedButton,
  PopupMenuButton,
  PopupMenuItem,
  ProgressBar,
  ProgressRing,
  Radio,
  RadioGroup,
  RangeSlider,
  ResponsiveRow,
  Row,
  SearchBar,
  Segment,
  SegmentedButton,
  Slider,
  SnackBar,
  Stack,
  Switch,
  Tab,
  Tabs,
  Text,
  TextButton,
  TextField,
  Theme,
  TimePicker,
  VerticalDivider,
  type Control,
  type Page,
} from "../src/index.js";

/** The seed colours the picker offers, by name. */
const SEEDS: Record<string, string> = {
  Purple: "#6750A4",
  Teal: "#006A6A",
  Green: "#386A20",
  Blue: "#0061A4",
  Red: "#B3261E",
};

/** The families, in order: each becomes a section with this heading. */
const SECTIONS = ["Buttons", "Inputs", "Layout", "Display", "Navigation", "Overlays", "Gestures"] as const;

const MONO = 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace';

/** One entry of the catalog: the live control on the left, its source on the right. */
function demo(live: Control, snippet: string): Control {
  return new ResponsiveRow(
    [
      new Container(live, { col: { xs: 12, md: 6 }, padding: 8 }),
      new Container(new Text(snippet.trim(), { fontFamily: MONO, size: 13, selectable: true }), {
        col: { xs: 12, md: 6 },
        padding: 12,
        bgcolor: "surfaceContainerHighest",
        borderRadius: 8,
      }),
    ],
    { spacing: 16, verticalAlignment: "center" },
  );
}

/** A section: a real heading (`h2`) and its entries in a card. */
function section(title: (typeof SECTIONS)[number], entries: Control[]): Control {
  return new Column(
    [
      new Markdown(`## ${title}`),
      new Card(new Column(entries, { spacing: 24, horizontalAlignment: "stretch", padding: 16 }), { variant: "outlined" }),
    ],
    { horizontalAlignment: "stretch" },
  );
}

function buttons(page: Page): Control {
  const clicks = new Text("Clicked 0 times");
  let count = 0;
  const menuChoice = new Text("Menu: nothing chosen");
  return section("Buttons", [
    demo(
      new Row([
        new ElevatedButton("Click me", {
          icon: "touch_app",
          onClick: async () => {
            count += 1;
            clicks.value = `Clicked ${count} time${count === 1 ? "" : "s"}`;
            await page.update();
          },
        }),
        clicks,
      ], { spacing: 16, verticalAlignment: "center" }),
      `
let count = 0;
const clicks = new Text("Clicked 0 times");
new ElevatedButton("Click me", {
  icon: "touch_app",
  onClick: async () => {
    count += 1;
    clicks.value = \`Clicked \${count} times\`;
    await page.update();
  },
});`,
    ),
    demo(
      new Row([new FilledButton("Filled"), new FilledTonalButton("Tonal"), new OutlinedButton("Outlined"), new TextButton("Text")], {
        spacing: 8,
        wrap: true,
      }),
      `
new FilledButton("Filled");
new FilledTonalButton("Tonal");
new OutlinedButton("Outlined");
new TextButton("Text");`,
    ),
    demo(
      new Row([
        new IconButton("favorite", { tooltip: "Like" }),
        new FloatingActionButton({ icon: "add", tooltip: "Add" }),
        new PopupMenuButton([
          new PopupMenuItem("Rename", { icon: "edit", onClick: async () => { menuChoice.value = "Menu: Rename"; await page.update(); } }),
          new PopupMenuItem("Delete", { icon: "delete", onClick: async () => { menuChoice.value = "Menu: Delete"; await page.update(); } }),
        ], { tooltip: "More" }),
        menuChoice,
      ], { spacing: 12, verticalAlignment: "center" }),
      `
new IconButton("favorite", { tooltip: "Like" });
new FloatingActionButton({ icon: "add", tooltip: "Add" });
new PopupMenuButton([
  new PopupMenuItem("Rename", { icon: "edit", onClick }),
  new PopupMenuItem("Delete", { icon: "delete", onClick }),
], { tooltip: "More" });`,
    ),
    demo(
      new Column([
        new SegmentedButton([new Segment("day", { label: "Day" }), new Segment("week", { label: "Week" }), new Segment("month", { label: "Month" })], {
          selected: ["week"],
        }),
        new Row([new Chip("Filter", { leading: new Icon("filter_list"), onSelect: () => {} }), new Chip("Assist", { onClick: () => {} })], { spacing: 8 }),
      ], { spacing: 12 }),
      `
new SegmentedButton([
  new Segment("day", { label: "Day" }),
  new Segment("week", { label: "Week" }),
  new Segment("month", { label: "Month" }),
], { selected: ["week"] });
new Chip("Filter", { leading: new Icon("filter_list"), onSelect });
new Chip("Assist", { onClick });`,
    ),
  ]);
}

function inputs(page: Page): Control {
  const echo = new Text("You typed: ");
  const sliderValue = new Text("Volume: 40");
  return section("Inputs", [
    demo(
      new Column([
        new TextField({
          label: "Name",
          hintText: "Kavel Lomiri",
          prefixIcon: "person",
          onChange: async (e) => { echo.value = `You typed: ${e.control.value}`; await page.update(); },
        }),
        echo,
        new TextField({ label: "Password", password: true, canRevealPassword: true }),
      ], { spacing: 8 }),
      `
new TextField({
  label: "Name",
  hintText: "Kavel Lomiri",
  prefixIcon: "person",
  onChange: (e) => { echo.value = \`You typed: \${e.control.value}\`; },
});
new TextField({ label: "Password", password: true, canRevealPassword: true });`,
    ),
    demo(
      new Column([
        new Checkbox({ label: "Remember me", value: true }),
        new Switch({ label: "Notifications" }),
        new RadioGroup(new Row([new Radio({ value: "tea", label: "Tea" }), new Radio({ value: "coffee", label: "Coffee" })]), { value: "tea" }),
      ]),
      `
new Checkbox({ label: "Remember me", value: true });
new Switch({ label: "Notifications" });
new RadioGroup(new Row([
  new Radio({ value: "tea", label: "Tea" }),
  new Radio({ value: "coffee", label: "Coffee" }),
]), { value: "tea" });`,
    ),
    demo(
      new Column([
        new Slider({
          label: "Volume",
          min: 0,
          max: 100,
          value: 40,
          onChange: async (e) => { sliderValue.value = `Volume: ${Math.round(e.control.value ?? 0)}`; await page.update(); },
        }),
        sliderValue,
        new RangeSlider(20, 60, { label: "Price", min: 0, max: 100 }),
      ]),
      `
new Slider({ label: "Volume", min: 0, max: 100, value: 40, onChange });
new RangeSlider(20, 60, { label: "Price", min: 0, max: 100 });`,
    ),
    demo(
      new Column([
        new Dropdown({
          label: "Fruit",
          value: "apple",
          options: [new DropdownOption("apple", { text: "Apple" }), new DropdownOption("pear", { text: "Pear" })],
        }),
        new SearchBar({ barHintText: "Search the catalog" }),
      ], { spacing: 8 }),
      `
new Dropdown({
  label: "Fruit",
  value: "apple",
  options: [
    new DropdownOption("apple", { text: "Apple" }),
    new DropdownOption("pear", { text: "Pear" }),
  ],
});
new SearchBar({ barHintText: "Search the catalog" });`,
    ),
  ]);
}

function tile(label: string, bgcolor: string): Control {
  return new Container(new Text(label), { padding: 12, bgcolor, borderRadius: 8, alignment: "center" });
}

function layout(): Control {
  return section("Layout", [
    demo(
      new Column([
        new Row([tile("A", "primaryContainer"), tile("B", "secondaryContainer"), tile("C", "tertiaryContainer")], { spacing: 8 }),
        new Row([new Text("left"), new VerticalDivider(), new Text("right")], { height: 32 }),
        new Divider(),
      ], { spacing: 8 }),
      `
new Row([a, b, c], { spacing: 8 });
new Row([new Text("left"), new VerticalDivider(), new Text("right")], { height: 32 });
new Divider();`,
    ),
    demo(
      new Stack([
        new Container(undefined, { width: 220, height: 90, bgcolor: "primaryContainer", borderRadius: 12 }),
        new Text("Stacked caption", { left: 12, bottom: 10, weight: "bold" }),
      ], { width: 220, height: 90 }),
      `
new Stack([
  new Container(undefined, { width: 220, height: 90, bgcolor: "primaryContainer" }),
  new Text("Stacked caption", { left: 12, bottom: 10, weight: "bold" }),
], { width: 220, height: 90 });`,
    ),
    demo(
      new ListView(Array.from({ length: 50 }, (_, i) => new ListTile({ leading: new Icon("label"), title: `Item ${i + 1}`, dense: true })), {
        height: 140,
      }),
      `
new ListView(
  Array.from({ length: 50 }, (_, i) =>
    new ListTile({ leading: new Icon("label"), title: \`Item \${i + 1}\` })),
  { height: 140 },
);`,
    ),
    demo(
      new GridView(Array.from({ length: 8 }, (_, i) => tile(String(i + 1), "surfaceContainerHigh")), { maxExtent: 60, spacing: 6, runSpacing: 6 }),
      `
new GridView(
  Array.from({ length: 8 }, (_, i) => tile(String(i + 1))),
  { maxExtent: 60, spacing: 6, runSpacing: 6 },
);`,
    ),
    demo(
      new Column([
        new ExpansionTile([new Text("Hidden until expanded")], { title: "More details", leading: new Icon("info") }),
        new DataTable({
          columns: [new DataColumn("Name"), new DataColumn("Age", { numeric: true })],
          rows: [
            new DataRow([new DataCell("Kavel"), new DataCell("36")]),
            new DataRow([new DataCell("Sabas"), new DataCell("85")]),
          ],
        }),
      ]),
      `
new ExpansionTile([new Text("Hidden until expanded")],
  { title: "More details", leading: new Icon("info") });
new DataTable({
  columns: [new DataColumn("Name"), new DataColumn("Age", { numeric: true })],
  rows: [new DataRow([new DataCell("Kavel"), new DataCell("36")]), …],
});`,
    ),
  ]);
}

function display(): Control {
  return section("Display", [
    demo(
      new Column([
        new Text("Headline", { size: 28, weight: "bold" }),
        new Text("Italic in the primary colour", { italic: true, color: "primary" }),
        new Text("Plain, then ", { spans: [{ text: "bold", style: { weight: "bold" } }, { text: " and a link", url: "https://example.com" }] }),
      ]),
      `
new Text("Headline", { size: 28, weight: "bold" });
new Text("Italic in the primary colour", { italic: true, color: "primary" });
new Text("Plain, then ", { spans: [
  { text: "bold", style: { weight: "bold" } },
  { text: " and a link", url: "https://example.com" },
] });`,
    ),
    demo(
      new Row([
        new Icon("favorite", { color: "error", size: 32 }),
        new CircleAvatar("AL"),
        new Badge(new Icon("mail", { size: 28 }), { text: "3" }),
      ], { spacing: 20, verticalAlignment: "center" }),
      `
new Icon("favorite", { color: "error", size: 32 });
new CircleAvatar("AL");
new Badge(new Icon("mail", { size: 28 }), { text: "3" });`,
    ),
    demo(
      new Column([
        new ProgressBar({ value: 0.4, semanticsLabel: "Upload", width: 240 }),
        new Row([new ProgressRing({ semanticsLabel: "Loading" }), new ProgressRing({ value: 0.75, semanticsLabel: "Three quarters" })], { spacing: 16 }),
      ], { spacing: 12 }),
      `
new ProgressBar({ value: 0.4, semanticsLabel: "Upload", width: 240 });
new ProgressRing({ semanticsLabel: "Loading" });  // spins
new ProgressRing({ value: 0.75, semanticsLabel: "Three quarters" });`,
    ),
    demo(
      new Markdown("**Markdown** with `code`, a [link](https://example.com) and a list:\n\n- one\n- two"),
      `
new Markdown(
  "**Markdown** with \`code\`, a [link](https://example.com) and a list:\\n\\n- one\\n- two",
);`,
    ),
  ]);
}

function navigation(page: Page): Control {
  const chosen = new Text("Rail: Inbox");
  const drawer = new NavigationDrawer([
    new Text("Mail", { weight: "bold" }),
    new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" }),
    new NavigationDrawerDestination({ icon: "send", label: "Outbox" }),
  ], { selectedIndex: 0 });
  return section("Navigation", [
    demo(
      new Row([
        new NavigationRail(
          [
            new NavigationRailDestination({ icon: "inbox", label: "Inbox" }),
            new NavigationRailDestination({ icon: "star", label: "Starred" }),
            new NavigationRailDestination({ icon: "send", label: "Sent" }),
          ],
          {
            selectedIndex: 0,
            labelType: "all",
            height: 220,
            onChange: async (e) => { chosen.value = `Rail: ${["Inbox", "Starred", "Sent"][e.control.selectedIndex ?? 0]}`; await page.update(); },
          },
        ),
        chosen,
      ], { spacing: 16, verticalAlignment: "center" }),
      `
new NavigationRail([
  new NavigationRailDestination({ icon: "inbox", label: "Inbox" }),
  new NavigationRailDestination({ icon: "star", label: "Starred" }),
  new NavigationRailDestination({ icon: "send", label: "Sent" }),
], { selectedIndex: 0, labelType: "all", onChange });`,
    ),
    demo(
      new Tabs([
        new Tab("Flights", new Container(new Text("Where to?"), { padding: 12 }), { icon: "flight" }),
        new Tab("Trips", new Container(new Text("No trips yet"), { padding: 12 }), { icon: "luggage" }),
      ]),
      `
new Tabs([
  new Tab("Flights", new Text("Where to?"), { icon: "flight" }),
  new Tab("Trips", new Text("No trips yet"), { icon: "luggage" }),
]);`,
    ),
    demo(
      new NavigationBar([
        new NavigationBarDestination({ icon: "explore", label: "Explore" }),
        new NavigationBarDestination({ icon: "commute", label: "Commute" }),
        new NavigationBarDestination({ icon: "bookmark", label: "Saved" }),
      ]),
      `
// usually page.navigationBar = …
new NavigationBar([
  new NavigationBarDestination({ icon: "explore", label: "Explore" }),
  new NavigationBarDestination({ icon: "commute", label: "Commute" }),
  new NavigationBarDestination({ icon: "bookmark", label: "Saved" }),
]);`,
    ),
    demo(
      new Column([
        new AppBar({ title: "App bar", actions: [new IconButton("search", { tooltip: "Search catalog" })] }),
        new OutlinedButton("Open the drawer", { icon: "menu", onClick: () => page.open(drawer) }),
      ], { spacing: 8 }),
      `
// usually page.appbar = …
new AppBar({ title: "App bar",
  actions: [new IconButton("search", { tooltip: "Search catalog" })] });
const drawer = new NavigationDrawer([
  new NavigationDrawerDestination({ icon: "inbox", label: "Inbox" }), …]);
new OutlinedButton("Open the drawer", { onClick: () => page.open(drawer) });`,
    ),
  ]);
}

function overlays(page: Page): Control {
  const dialog: AlertDialog = new AlertDialog({
    title: "Discard draft?",
    content: "Your changes will be lost.",
    actions: [new TextButton("Cancel", { onClick: () => page.close(dialog) }), new TextButton("Discard", { onClick: () => page.close(dialog) })],
  });
  const sheet: BottomSheet = new BottomSheet(
    new Container(new Column([new Text("A bottom sheet"), new TextButton("Close", { onClick: () => page.close(sheet) })]), { padding: 24 }),
    { showDragHandle: true },
  );
  const banner: Banner = new Banner("You are offline.", {
    leading: new Icon("wifi_off"),
    actions: [new TextButton("Dismiss", { onClick: () => page.close(banner) })],
  });
  return section("Overlays", [
    demo(
      new Row([
        new FilledTonalButton("Dialog", { onClick: () => page.open(dialog) }),
        new FilledTonalButton("Snack bar", { onClick: () => page.open(new SnackBar("Saved", { action: "Undo" })) }),
        new FilledTonalButton("Bottom sheet", { onClick: () => page.open(sheet) }),
        new FilledTonalButton("Banner", { onClick: () => page.open(banner) }),
      ], { spacing: 8, wrap: true }),
      `
const dialog = new AlertDialog({
  title: "Discard draft?",
  content: "Your changes will be lost.",
  actions: [new TextButton("Cancel", { onClick: () => page.close(dialog) }), …],
});
new FilledTonalButton("Dialog", { onClick: () => page.open(dialog) });
page.open(new SnackBar("Saved", { action: "Undo" }));
page.open(new BottomSheet(content, { showDragHandle: true }));
page.open(new Banner("You are offline.", { leading: new Icon("wifi_off"), actions }));`,
    ),
    demo(
      new Row([
        new OutlinedButton("Pick a date", { icon: "calendar_month", onClick: () => page.open(new DatePicker()) }),
        new OutlinedButton("Pick a time", { icon: "schedule", onClick: () => page.open(new TimePicker()) }),
      ], { spacing: 8, wrap: true }),
      `
page.open(new DatePicker());  // onChange: (e) => e.data is the date
page.open(new TimePicker());`,
    ),
  ]);
}

function gestures(page: Page): Control {
  const status = new Text("Tap, double-tap or hover the box");
  const say = async (what: string) => {
    status.value = what;
    await page.update();
  };
  return section("Gestures", [
    demo(
      new Column([
        new GestureDetector(
          new Container(new Text("Touch me"), { width: 180, height: 80, bgcolor: "tertiaryContainer", borderRadius: 12, alignment: "center" }),
          {
            onTap: () => say("Tapped"),
            onDoubleTap: () => say("Double-tapped"),
            onLongPress: () => say("Long-pressed"),
            onHover: (e) => say(e.data.type === "enter" ? "Hovering" : "Left"),
          },
        ),
        status,
      ], { spacing: 8 }),
      `
new GestureDetector(
  new Container(new Text("Touch me"), { width: 180, height: 80 }),
  {
    onTap: () => say("Tapped"),
    onDoubleTap: () => say("Double-tapped"),
    onLongPress: () => say("Long-pressed"),
    onHover: (e) => say(e.data.type === "enter" ? "Hovering" : "Left"),
  },
);`,
    ),
  ]);
}

export async function main(page: Page) {
  page.title = "Weft control catalog";
  page.themeMode = "light";
  page.horizontalAlignment = "stretch";
  page.theme = new Theme({ colorSchemeSeed: SEEDS["Purple"]! });

  const dark = new Switch({
    label: "Dark mode",
    onChange: async (e) => {
      page.themeMode = e.data ? "dark" : "light";
      await page.update();
    },
  });
  const seed = new Dropdown({
    label: "Seed colour",
    value: "Purple",
    options: Object.keys(SEEDS).map((name) => new DropdownOption(name)),
    onChange: async (e) => {
      page.theme = new Theme({ colorSchemeSeed: SEEDS[e.data] ?? SEEDS["Purple"]! });
      await page.update();
    },
  });

  await page.add(
    new Row([
      new Column([
        new Text("Weft control catalog", { size: 28, weight: "w500" }),
        new Text("Every control family, live, beside the TypeScript that makes it.", { color: "onSurfaceVariant" }),
      ], { expand: true }),
      dark,
      new Container(seed, { width: 200 }),
    ], { spacing: 24, verticalAlignment: "center", wrap: true }),
    buttons(page),
    inputs(page),
    layout(),
    display(),
    navigation(page),
    overlays(page),
    gestures(page),
  );
}

app(main);
