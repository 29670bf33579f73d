/**
 * What a `listtile` and an `expansiontile`'s header share: the holders of the tile's children
 * (`leading`, `title`, `subtitle`, `trailing`) and the text column that holds title and subtitle,
 * drawn by the `weft-listtile__…` classes of `styles/lists.css`.
 */
import { h } from "../../dom.js";

export interface TileParts {
  /** The holder of each slot, by slot name. */
  readonly parts: Record<string, HTMLElement>;
  /** The column of title and subtitle, to place between the leading and trailing holders. */
  readonly text: HTMLElement;
}

/** The tile's holders, made of `tag` elements (`span` inside a button, which takes no `div`). */
export function tileParts(tag: "div" | "span"): TileParts {
  const parts: Record<string, HTMLElement> = {
    leading: h(tag, "weft-listtile__leading"),
    title: h(tag, "weft-listtile__title"),
    subtitle: h(tag, "weft-listtile__subtitle"),
    trailing: h(tag, "weft-listtile__trailing"),
  };
  const text = h(tag, "weft-listtile__text");
  text.append(parts.title!, parts.subtitle!);
  return { parts, text };
}
