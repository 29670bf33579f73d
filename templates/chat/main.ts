/**
 * The app: a chat room. `main(page)` runs once for every browser tab; `page.pubsub` carries each
 * message to every open tab, and the name is kept in `page.session`.
 */
import { ElevatedButton, Column, ListView, Row, Text, TextField, type Page } from "weftjs";

/** What travels between tabs: plain data (a copy keeps no methods). */
export interface Message {
  user: string;
  text: string;
}

export async function main(page: Page) {
  page.title = "{{name}}";
  const pubsub = page.pubsub.typed<Message>();
  const session = page.session.typed<{ user: string }>();
  const messages = new ListView([], { expand: true, spacing: 8, autoScroll: true });
  const name = new TextField({ label: "Your name", autofocus: true, onSubmit: () => join() });
  const entry = new TextField({ label: "Message", expand: true, onSubmit: () => send() });
  const chat = new Column([messages, new Row([entry, new ElevatedButton("Send", { onClick: () => send() })])], { expand: true, visible: false });
  const login = new Row([name, new ElevatedButton("Join", { onClick: () => join() })]);

  pubsub.subscribe((message) => {
    messages.controls.push(new Text(`${message.user}: ${message.text}`, { selectable: true }));
  });

  async function join() {
    if (!name.value) {
      name.errorText = "Name cannot be blank";
      await name.update();
      return;
    }
    session.set("user", name.value);
    login.visible = false;
    chat.visible = true;
    await pubsub.sendAll({ user: name.value, text: "joined the chat" });
    await page.update();
    await entry.focus();
  }

  async function send() {
    if (!entry.value) return;
    await pubsub.sendAll({ user: session.get("user")!, text: entry.value });
    entry.value = "";
    await page.update();
    await entry.focus();
  }

  await page.add(login, chat);
}
