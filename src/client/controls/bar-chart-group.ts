/**
 * A bar chart's groups, their rods and the rods' stack items: hidden elements that keep their props
 * for the chart to read (`../chart-data.ts`).
 */
import { keptProps, partElement } from "../chart-data.js";
import { defineRenderer } from "../declare-renderer.js";

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
