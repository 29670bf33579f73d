/** `Card`: a Material 3 card: a rounded surface, raised, filled or outlined, around one child. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";
import { keywordForm, type WithMain } from "../keyword-form.js";

/** The three M3 card styles. */
export type CardVariant = "elevated" | "filled" | "outlined";

export type CardOptions = OptionsOf<Card, "elevation" | "color" | "variant" | "shadowColor">;

/** `new Card(new Container(new Text("Hi"), { padding: 16 }), { elevation: 2 })` */
export class Card extends Control {
  /** The card's child (usually a Container with padding, or a Column of ListTiles). */
  declare content: Control | undefined;
  /** Shadow depth from 0 (flat) to 5. Default: 1 for "elevated", 0 otherwise. */
  declare elevation: number | undefined;
  /** The card's surface colour. Default: the theme's surface-container tone for the variant. */
  declare color: string | undefined;
  /** The M3 card style. Default "elevated". */
  declare variant: CardVariant;
  /** The shadow's colour. Default: the theme's shadow colour. */
  declare shadowColor: string | undefined;

  /** `new Card(content, options)`. Also Flet's keyword form, with the main value by name: `new Card({ content: …, ...options })`. */
  constructor(content?: Control | WithMain<CardOptions, "content", Control>, options?: CardOptions) {
    super();
    const [main, rest] = keywordForm(content, options, this, "content");
    if (main) this.content = main;
    this.applyOptions(rest);
  }
}
defineControl(Card, {
  type: "card",
  props: { elevation: undefined, color: undefined, variant: "elevated", shadowColor: undefined },
  slots: { content: "single" },
});
