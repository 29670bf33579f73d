/**
 * A Plotly figure as `PlotlyChart` takes it, checked when set (apart from the control, so the prop
 * check can use it without importing the control's module).
 */
import { ControlError, ErrorCode } from "../errors.js";

/** A Plotly figure: its traces, and optionally its layout, frames and config (Plotly's own JSON). */
export interface PlotlyFigure {
  data: Record<string, unknown>[];
  layout?: Record<string, unknown>;
  frames?: Record<string, unknown>[];
  config?: Record<string, unknown>;
}

/** A figure from its JSON text or its object, checked: Plotly draws nothing, silently, from a figure without `data`. */
export function plotlyFigure(figure: unknown): PlotlyFigure {
  let value = figure;
  if (typeof figure === "string") {
    try {
      value = JSON.parse(figure);
    } catch (error) {
      throw new ControlError(ErrorCode.badValue, `PlotlyChart's figure is not JSON: ${(error as Error).message}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Array.isArray((value as PlotlyFigure).data)) {
    throw new ControlError(ErrorCode.badValue, `PlotlyChart's figure must be a Plotly figure, an object with a data array of traces (and optionally layout, frames, config), got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value as PlotlyFigure;
}
