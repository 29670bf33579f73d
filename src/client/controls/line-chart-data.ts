/**
 * A line chart's series and their points: hidden elements that keep their props for the chart to
 * read (`../chart-data.ts`). A series holds its points.
 */
import { keptProps, partElement } from "../chart-data.js";
import { defineRenderer } from "../declare-renderer.js";

export const lineChartDataPoint = defineRenderer("linechartdatapoint", {
  create: () => ({ element: partElement(), ownsProps: new Set(["tooltip"]) }),
  props: keptProps(["x", "y", "showTooltip", "point", "tooltip"]),
});

export const lineChartData = defineRenderer("linechartdata", {
  create() {
    const element = partElement();
    return { element, slot: (name: string) => (name === "dataPoints" ? element : undefined) };
  },
  props: keptProps(["curved", "strokeWidth", "dashPattern", "point", "label"], ["color", "belowLineBgcolor"]),
});
