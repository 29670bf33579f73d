/** `linechart`: series of points drawn by ECharts (`../chart-view.ts`); its props only ask for a redraw. */
import { chartView, redrawChart as redraw } from "../chart-view.js";
import { defineRenderer } from "../declare-renderer.js";

export const lineChart = defineRenderer("linechart", {
  create: (ctx) => chartView("line", ["dataSeries", "leftAxis", "bottomAxis"], ctx),
  props: {
    minX: redraw,
    maxX: redraw,
    minY: redraw,
    maxY: redraw,
    legend: redraw,
    horizontalGridLines: redraw,
    verticalGridLines: redraw,
    animate: redraw,
    interactive: redraw,
    tooltipBgcolor: redraw,
  },
});
