/** Reads a chart's model in Chromium through ECharts' own `getInstanceByDom` (exposed by the engine's chunk to tests). */
import type { Page as Tab } from "playwright-core";

interface Engine {
  getInstanceByDom(el: Element): { getOption(): unknown; convertToPixel(finder: object, value: unknown): number[] } | undefined;
}

/** The option ECharts holds for the `nth` chart on the page, once it has drawn (as JSON). */
export async function chartOption<T>(tab: Tab, nth = 0): Promise<T> {
  await tab.waitForFunction((n) => {
    const box = document.querySelectorAll(".weft-chart__canvas")[n];
    const engine = (window as unknown as { __weftEcharts?: Engine }).__weftEcharts;
    return box !== undefined && engine?.getInstanceByDom(box) !== undefined;
  }, nth);
  return tab.evaluate((n) => {
    const box = document.querySelectorAll(".weft-chart__canvas")[n]!;
    const engine = (window as unknown as { __weftEcharts: Engine }).__weftEcharts;
    return JSON.parse(JSON.stringify(engine.getInstanceByDom(box)!.getOption())) as T;
  }, nth);
}

/** Where ECharts draws `value` of the series `finder` names, in page coordinates. */
export function chartPoint(tab: Tab, nth: number, finder: object, value: unknown): Promise<{ x: number; y: number }> {
  return tab.evaluate(
    ([n, f, v]) => {
      const box = document.querySelectorAll(".weft-chart__canvas")[n as number]!;
      const engine = (window as unknown as { __weftEcharts: Engine }).__weftEcharts;
      const [x, y] = engine.getInstanceByDom(box)!.convertToPixel(f as object, v);
      const rect = box.getBoundingClientRect();
      return { x: rect.left + x!, y: rect.top + y! };
    },
    [nth, finder, value] as const,
  );
}

/** A drawn item's layout as ECharts computed it (a bar's rect, a pie sector's angles), with the box's page offset. */
export function itemLayout(tab: Tab, nth: number, seriesIndex: number, dataIndex: number): Promise<Record<string, number> & { left: number; top: number }> {
  return tab.evaluate(
    ([n, s, d]) => {
      const box = document.querySelectorAll(".weft-chart__canvas")[n]!;
      const engine = (window as unknown as { __weftEcharts: { getInstanceByDom(el: Element): { getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): Record<string, number> } } } } } }).__weftEcharts;
      const layout = engine.getInstanceByDom(box).getModel().getSeriesByIndex(s).getData().getItemLayout(d);
      const rect = box.getBoundingClientRect();
      return { ...layout, left: rect.left, top: rect.top };
    },
    [nth, seriesIndex, dataIndex] as const,
  );
}

/** The labels ECharts shows on the `nth` chart's x axis, as drawn (after our formatter). */
export function xAxisLabels(tab: Tab, nth = 0): Promise<string[]> {
  return tab.evaluate((n) => {
    const box = document.querySelectorAll(".weft-chart__canvas")[n]!;
    type Labels = { getViewLabels(): { formattedLabel: string }[] };
    const engine = (window as unknown as { __weftEcharts: { getInstanceByDom(el: Element): { getModel(): { getComponent(t: string): { axis: Labels } } } } }).__weftEcharts;
    return engine.getInstanceByDom(box).getModel().getComponent("xAxis").axis.getViewLabels().map((l) => l.formattedLabel);
  }, nth);
}

/** The texts ECharts shows on the `nth` chart's canvas (labels, tooltips), from its display list. */
export function drawnTexts(tab: Tab, nth = 0): Promise<string[]> {
  return tab.evaluate((n) => {
    const box = document.querySelectorAll(".weft-chart__canvas")[n]!;
    type Drawn = { style?: { text?: string }; ignore?: boolean; invisible?: boolean };
    const engine = (window as unknown as { __weftEcharts: { getInstanceByDom(el: Element): { getZr(): { storage: { getDisplayList(update: boolean): Drawn[] } } } } }).__weftEcharts;
    const shown = engine.getInstanceByDom(box).getZr().storage.getDisplayList(true).filter((el) => !el.ignore && !el.invisible);
    return shown.flatMap((el) => (el.style?.text ? [el.style.text] : []));
  }, nth);
}
