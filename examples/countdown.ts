/**
 * Background work: each `Countdown` starts a task when it mounts and stops when it unmounts. Two of
 * them tick independently.
 */
import { app, sleep, Text, UserControl, type Page } from "../src/index.js";

class Countdown extends UserControl {
  constructor(public seconds: number) { super(); }
  countdown = new Text();
  running = false;

  async didMount() { this.running = true; this.page!.runTask(() => this.updateTimer()); }

  async willUnmount() { this.running = false; }

  async updateTimer() {
    while (this.seconds && this.running) {
      const mins = Math.floor(this.seconds / 60), secs = this.seconds % 60;
      this.countdown.value = `${String(mins).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
      await this.update();
      await sleep(1000);
      this.seconds -= 1;
    }
  }

  build() { return this.countdown; }
}

async function main(page: Page) {
  await page.add(new Countdown(120), new Countdown(60));
}

app(main);
