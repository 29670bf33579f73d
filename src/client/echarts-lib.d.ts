/**
 * Types for the few ECharts modules `chart-engine.ts` imports by their path inside the package
 * (to leave out what `echarts/core` and the grid and tooltip components pull in): the same
 * functions as the package's typed entry points.
 */
declare module "echarts/lib/core/echarts.js" {
  export { getInstanceByDom, init } from "echarts/core";
}
declare module "echarts/lib/extension.js" {
  export { use } from "echarts/core";
}
declare module "echarts/lib/label/installLabelLayout.js" {
  export function installLabelLayout(registers: unknown): void;
}
declare module "echarts/lib/component/grid/installSimple.js" {
  export function install(registers: unknown): void;
}
declare module "echarts/lib/component/tooltip/TooltipModel.js" {
  const TooltipModel: unknown;
  export default TooltipModel;
}
declare module "echarts/lib/component/tooltip/TooltipView.js" {
  const TooltipView: unknown;
  export default TooltipView;
}
