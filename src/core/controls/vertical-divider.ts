/**
 * `VerticalDivider`: a thin vertical line between items of a Row (`role="separator"`,
 * vertical). `width` is the space it takes, with the line centred in it.
 */
import { control } from "../declare-control.js";
import { DividerBase, type DividerOptions } from "./divider.js";

export type VerticalDividerOptions = DividerOptions;

/** `new Row([a, new VerticalDivider(), b], { height: 40 })` */
export class VerticalDivider extends control("verticaldivider", {}, DividerBase) {}
