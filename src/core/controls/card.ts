/** `Card`: a Material 3 card: a rounded surface, raised, filled or outlined, around one child. */
import { Control, type OptionsOf } from "../control.js";
import { defineControl } from "../control-spec.js";

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

  constructor(content?: Control, options?: CardOptions) {
    super();
    if (content) this.content = content;
    this.applyOptions(options);
  }
}
defineControl(Card, {
  type: "card",
  props: { elevation: undefined, color: undefined, variant: "elevated", shadowColor: undefined },
  slots: { content: "single" },
});
