/**
 * A chart's axis and its labels: hidden elements that keep their props for the chart to read
 * (`../chart-data.ts`). An axis holds its title and labels.
 */
import { keptProps, partElement } from "../chart-data.js";
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";

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
