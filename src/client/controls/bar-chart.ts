/** `barchart`: groups of rods drawn by ECharts (`../chart-view.ts`); its props only ask for a redraw. */
import { chartView, redrawChart as redraw } from "../chart-view.js";
import { defineRenderer } from "../declare-renderer.js";

export const barChart = defineRenderer("barchart", {
  create: (ctx) => chartView("bar", ["barGroups", "leftAxis", "bottomAxis"], ctx),
  props: {
    groupsSpace: redraw,
    minY: redraw,
    maxY: redraw,
    horizontalGridLines: redraw,
    verticalGridLines: redraw,
    animate: redraw,
    interactive: redraw,
    tooltipBgcolor: redraw,
  },
});
