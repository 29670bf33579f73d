import assert from "node:assert/strict";
import { test } from "node:test";
import { Column, sleep, Text, UserControl } from "../../src/core/index.js";
import { runApp } from "../../src/testing/index.js";

const events: string[] = [];

class Probe extends UserControl {
  constructor(readonly label: string, readonly inner: UserControl[] = []) {
    super();
  }
  build() {
    return new Column([new Text(this.label), ...this.inner]);
  }
  override didMount() {
    events.push(`mount ${this.label}`);
  }
  override async willUnmount() {
    events.push(`unmount ${this.label}`);
  }
}

test("nested user controls: didMount children first, once on the client; willUnmount parents first", async () => {
  events.length = 0;
  const outer = new Probe("outer", [new Probe("middle", [new Probe("inner")]), new Probe("sibling")]);
  const pilot = await runApp((page) => page.add(outer));
  assert.deepEqual(events, ["mount inner", "mount middle", "mount sibling", "mount outer"]);
  // didMount ran after the insert reached the client.
  assert.equal(pilot.find({ text: "inner" }).length, 1);

  events.length = 0;
  await pilot.page.remove(outer);
  await pilot.settle();
  assert.deepEqual(events, ["unmount outer", "unmount middle", "unmount inner", "unmount sibling"]);
  await pilot.close();
});

test("removing an ancestor several levels up unmounts the user control inside", async () => {
  events.length = 0;
  const deep = new Probe("deep");
  const wrapper = new Column([new Column([new Column([deep])])]);
  const pilot = await runApp((page) => page.add(wrapper));
  events.length = 0;
  await pilot.page.clean();
  await pilot.settle();
  assert.deepEqual(events, ["unmount deep"]);
  await pilot.close();
});

test("ending the session unmounts everything, aborts every task's signal, then runs onClose", async () => {
  events.length = 0;
  let signal!: AbortSignal;
  let taskEnded = "";
  const pilot = await runApp(async (page) => {
    page.onClose = () => void events.push("close");
    await page.add(new Probe("only"));
    page.runTask(async (s) => {
      signal = s;
      try {
        await sleep(60_000, s);
      } finally {
        taskEnded = s.aborted ? "aborted" : "finished";
      }
    });
  });
  events.length = 0;
  await pilot.close();
  assert.equal(signal.aborted, true);
  assert.equal(taskEnded, "aborted");
  assert.deepEqual(events, ["unmount only", "close"]);
  assert.equal(pilot.hub.sessions.size, 0);
  assert.equal(pilot.logs.filter((l) => l.level === "error").length, 0, "an aborted sleep is not an error");
});

test("the seed's Countdown: two ticking independently, stopped by willUnmount", async () => {
  class Countdown extends UserControl {
    constructor(public seconds: number) {
      super();
    }
    countdown = new Text();
    running = false;
    override async didMount() {
      this.running = true;
      this.page!.runTask(() => this.updateTimer());
    }
    override async willUnmount() {
      this.running = false;
    }
    async updateTimer() {
      while (this.seconds && this.running) {
        const mins = Math.floor(this.seconds / 60), secs = this.seconds % 60;
        this.countdown.value = `${String(mins).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
        await this.update();
        await sleep(20);
        this.seconds -= 1;
      }
    }
    build() {
      return this.countdown;
    }
  }
  const a = new Countdown(120);
  const b = new Countdown(60);
  const pilot = await runApp((page) => page.add(a, b));
  await pilot.waitFor(() => a.seconds <= 117 && b.seconds <= 57, { what: "both to tick" });
  const shown = () => pilot.find({ type: "text" }).map((n) => n.props.value as string);
  const [ta, tb] = shown();
  assert.match(ta!, /^01:5\d$/);
  assert.match(tb!, /^00:5\d$/);
  await pilot.page.remove(a);
  const frozen = a.seconds;
  await sleep(80);
  assert.ok(a.seconds >= frozen - 1, "the removed countdown stopped");
  assert.ok(b.seconds < 57, "the other one kept going");
  await pilot.close();
});
