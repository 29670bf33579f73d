/**
 * Flet's chat tutorial, ported: a dialog asks the new user's name, then every message anyone
 * sends reaches every open tab through `page.pubsub`, and "Ada has joined the chat." announces
 * each newcomer. The name is kept in `page.session`; `page.presence` shows who is online. Messages are plain data (an interface, not
 * a class): what travels between sessions is copied, and a copy keeps no methods.
 */
import {
  AlertDialog,
  app,
  CircleAvatar,
  Colors,
  Column,
  Container,
  ElevatedButton,
  IconButton,
  Icons,
  ListView,
  Row,
  Text,
  TextField,
  type Page,
} from "../src/index.js";

interface Message {
  userName: string;
  text: string;
  messageType: "chat_message" | "login_message";
}

class ChatMessage extends Row {
  constructor(message: Message) {
    super();
    this.verticalAlignment = "start";
    this.controls = [
      new CircleAvatar(this.getInitials(message.userName), {
        color: Colors.WHITE,
        bgcolor: this.getAvatarColor(message.userName),
      }),
      new Column([new Text(message.userName, { weight: "bold" }), new Text(message.text, { selectable: true })], { spacing: 5 }),
    ];
  }

  getInitials(userName: string): string {
    return userName ? userName.slice(0, 1).toUpperCase() : "Unknown";
  }

  getAvatarColor(userName: string): string {
    const colorsLookup = [
      Colors.AMBER,
      Colors.BLUE,
      Colors.BROWN,
      Colors.CYAN,
      Colors.GREEN,
      Colors.INDIGO,
      Colors.LIME,
      Colors.ORANGE,
      Colors.PINK,
      Colors.PURPLE,
      Colors.RED,
      Colors.TEAL,
      Colors.YELLOW,
    ];
    // Python's hash() of a string; any stable one does, so a user keeps a colour in every tab.
    let hash = 0;
    for (const char of userName) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
    return colorsLookup[hash % colorsLookup.length]!;
  }
}

async function main(page: Page) {
  page.horizontalAlignment = "stretch";
  page.title = "Weft Chat";
  const pubsub = page.pubsub.typed<Message>();
  const session = page.session.typed<{ userName: string }>();
  const presence = page.presence.typed<{ userName: string }>();
  const online = new Text("", { size: 12 });
  presence.onChange = () => {
    online.value = `Online: ${presence.list("chat").map((e) => e.meta.userName).join(", ")}`;
  };

  async function joinChatClick() {
    if (!joinUserName.value) {
      joinUserName.errorText = "Name cannot be blank!";
      await joinUserName.update();
    } else {
      session.set("userName", joinUserName.value);
      presence.track("chat", { userName: joinUserName.value });
      page.close(welcome);
      newMessage.prefixText = `${joinUserName.value}: `;
      await pubsub.sendAll({ userName: joinUserName.value, text: `${joinUserName.value} has joined the chat.`, messageType: "login_message" });
      await page.update();
      await newMessage.focus();
    }
  }

  async function sendMessageClick() {
    if (newMessage.value !== "") {
      await pubsub.sendAll({ userName: session.get("userName")!, text: newMessage.value, messageType: "chat_message" });
      newMessage.value = "";
      await newMessage.focus();
      await page.update();
    }
  }

  function onMessage(message: Message) {
    let m: Row | Text;
    if (message.messageType === "chat_message") {
      m = new ChatMessage(message);
    } else {
      m = new Text(message.text, { italic: true, color: Colors.BLACK45, size: 12 });
    }
    chat.controls.push(m);
    // No page.update() needed: a delivered message runs as an event, and the page flushes after it.
  }

  pubsub.subscribe(onMessage);

  // A dialog asking for a user display name
  const joinUserName = new TextField({
    label: "Enter your name to join the chat",
    autofocus: true,
    onSubmit: joinChatClick,
  });
  const welcome = new AlertDialog({
    modal: true,
    title: new Text("Welcome!"),
    content: new Column([joinUserName], { width: 300 }),
    actions: [new ElevatedButton("Join chat", { onClick: joinChatClick })],
    actionsAlignment: "end",
  });

  // Chat messages
  const chat = new ListView([], { expand: true, spacing: 10, autoScroll: true });

  // A new message entry form
  const newMessage = new TextField({
    hintText: "Write a message...",
    autofocus: true,
    shiftEnter: true,
    minLines: 1,
    maxLines: 5,
    filled: true,
    expand: true,
    onSubmit: sendMessageClick,
  });

  // Add everything to the page
  await page.add(
    online,
    new Container(chat, {
      border: `1px solid ${Colors.OUTLINE}`,
      borderRadius: 5,
      padding: 10,
      expand: true,
    }),
    new Row([newMessage, new IconButton(Icons.SEND_ROUNDED, { tooltip: "Send message", onClick: sendMessageClick })]),
  );
  await page.open(welcome);
}

app(main);
