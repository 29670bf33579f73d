/** `piechart`: sections drawn by ECharts (`../chart-view.ts`); its props only ask for a redraw. */
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
