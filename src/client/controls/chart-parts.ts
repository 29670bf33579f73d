/**
 * The child controls of the line chart and the axes: hidden elements that keep their props for
 * the chart to read (`../chart-data.ts`). A series holds its points, an axis its title and labels.
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
    return { element, slot: (name: string) => (name === "dataPoints" ? element : undefined) };
  },
  props: keptProps(["curved", "strokeWidth", "dashPattern", "point", "label"], ["color", "belowLineBgcolor"]),
});

export const chartAxisLabel = defineRenderer("chartaxislabel", {
  create() {
    const element = partElement();
    return { element, slot: (name: string) => (name === "label" ? element : undefined) };
  },
  props: keptProps(["value"]),
});

export const chartAxis = defineRenderer("chartaxis", {
  create() {
    const element = partElement();
    const title = h("div", "weft-chart-axis__title");
    const labels = h("div", "weft-chart-axis__labels");
    element.append(title, labels);
    return { element, slot: (name: string) => (name === "title" ? title : name === "labels" ? labels : undefined) };
  },
  props: keptProps(["titleSize", "showLabels", "labelsInterval", "labelsSize"]),
});

export const barChartRodStackItem = defineRenderer("barchartrodstackitem", {
  create: () => ({ element: partElement() }),
  props: keptProps(["fromY", "toY"], ["color"]),
});

export const barChartRod = defineRenderer("barchartrod", {
  create() {
    const element = partElement();
    return { element, ownsProps: new Set(["tooltip", "width"]), slot: (name: string) => (name === "rodStackItems" ? element : undefined) };
  },
  props: keptProps(["fromY", "toY", "width", "borderRadius", "showTooltip", "tooltip"], ["color"]),
});

export const barChartGroup = defineRenderer("barchartgroup", {
  create() {
    const element = partElement();
    return { element, slot: (name: string) => (name === "barRods" ? element : undefined) };
  },
  props: keptProps(["x"]),
});

export const pieChartSection = defineRenderer("piechartsection", {
  create: () => ({ element: partElement() }),
  props: keptProps(["value", "title", "radius"], ["color"]),
});
