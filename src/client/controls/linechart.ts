/** `linechart`: series of points drawn by ECharts (`../chart-view.ts`); its props only ask for a redraw. */
import { chartView, type ChartView } from "../chart-view.js";
import { defineRenderer, type PropSetter } from "../declare-renderer.js";

const redraw: PropSetter<ChartView> = (view) => view.redraw();

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
