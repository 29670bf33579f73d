/**
 * `VerticalDivider`: a thin vertical line between items of a Row (`role="separator"`,
 * vertical). `width` is the space it takes, with the line centred in it.
 */
import { control } from "../declare-control.js";
import { Divider, type DividerOptions } from "./divider.js";

export type VerticalDividerOptions = DividerOptions;

/** `new Row([a, new VerticalDivider(), b], { height: 40 })`: a `Divider` drawn across a row. */
export class VerticalDivider extends control("verticaldivider", {}, Divider) {}
