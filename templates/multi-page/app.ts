/** Serves the app: `npm run dev`. */
import { app } from "weftjs";
import { main } from "./main.js";

app(main);
