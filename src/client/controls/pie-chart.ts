/**
 * `piechart`: sections drawn by ECharts (`../chart-view.ts`); its props only ask for a redraw.
 * `piechartsection`: a hidden element that keeps a section's props for the chart to read.
 */
import { keptProps, partElement } from "../chart-data.js";
import { chartView, redrawChart as redraw } from "../chart-view.js";
import { defineRenderer } from "../declare-renderer.js";

export const pieChart = defineRenderer("piechart", {
  create: (ctx) => chartView("pie", ["sections"], ctx),
  props: {
    centerSpaceRadius: redraw,
    centerSpaceColor: redraw,
    sectionsSpace: redraw,
    startDegreeOffset: redraw,
    animate: redraw,
    interactive: redraw,
  },
});

export const pieChartSection = defineRenderer("piechartsection", {
  create: () => ({ element: partElement() }),
  props: keptProps(["value", "title", "radius"], ["color"]),
});
