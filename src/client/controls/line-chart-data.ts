/**
 * A line chart's series and their points: hidden elements that keep their props for the chart to
 * read (`../chart-data.ts`). A series holds its points.
 */
import { keptProps, partElement } from "../chart-data.js";
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";

export const lineChartDataPoint = defineRenderer("linechartdatapoint", {
  create: () => ({ element: partElement(), ownsProps: new Set(["tooltip"]) }),
  props: keptProps(["x", "y", "showTooltip", "point", "tooltip"]),
});

export const lineChartData = defineRenderer("linechartdata", {
  create() {
    const element = partElement();
    // The runs have a holder of their own: a slot's children are placed by their index in it.
    const runs = h("div");
    runs.dataset.slot = "pointRuns";
    element.append(runs);
    return { element, slot: (name: string) => (name === "dataPoints" ? element : name === "pointRuns" ? runs : undefined) };
  },
  props: keptProps(["curved", "strokeWidth", "dashPattern", "point", "label"], ["color", "belowLineBgcolor"]),
});

export const lineChartPointRun = defineRenderer("linechartpointrun", {
  create: () => ({ element: partElement() }),
  props: keptProps(["points"]),
});
