/** `Card`: a Material 3 card: a rounded surface, raised, filled or outlined, around one child. */
import type { Control } from "../control.js";
import { child, control, prop, type OptionsFor } from "../declare-control.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** The three M3 card styles. */
export type CardVariant = "elevated" | "filled" | "outlined";

export type CardOptions = OptionsFor<typeof Card, "content">;

/** `new Card(new Container(new Text("Hi"), { padding: 16 }), { elevation: 2 })` */
export class Card extends control("card", {
  /** The card's child (usually a Container with padding, or a Column of ListTiles). */
  content: child(),
  /** Shadow depth from 0 (flat) to 5. Default: 1 for "elevated", 0 otherwise. */
  elevation: prop<number>(),
  /** The card's surface colour. Default: the theme's surface-container tone for the variant. */
  color: prop<string>(),
  /** The M3 card style. Default "elevated". */
  variant: prop<CardVariant>("elevated"),
  /** The shadow's colour. Default: the theme's shadow colour. */
  shadowColor: prop<string>(),
}) {
  /** `new Card(content, options)`. Also Flet's keyword form, with the main value by name: `new Card({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<CardOptions, "content", Control>, options?: CardOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
