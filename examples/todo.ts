/**
 * Flet's To-Do tutorial, ported line for line: a Task and the TodoApp are subclasses of Column,
 * a task switches between its display and edit rows, the tabs filter the list, and the app's
 * `beforeUpdate()` sets what shows and counts what is left before each update is sent.
 */
import {
  app,
  Checkbox,
  Colors,
  Column,
  FloatingActionButton,
  IconButton,
  Icons,
  OutlinedButton,
  Row,
  Tab,
  Tabs,
  Text,
  TextField,
  TextThemeStyle,
  type Page,
} from "../src/index.js";

class Task extends Column {
  completed = false;
  displayTask: Checkbox;
  editName = new TextField({ expand: 1 });
  displayView: Row;
  editView: Row;

  constructor(
    public taskName: string,
    public taskStatusChange: (task: Task) => void,
    public taskDelete: (task: Task) => void,
  ) {
    super();
    this.displayTask = new Checkbox({ value: false, label: this.taskName, onChange: () => this.statusChanged() });
    this.displayView = new Row(
      [
        this.displayTask,
        new Row(
          [
            new IconButton({ icon: Icons.CREATE_OUTLINED, tooltip: "Edit To-Do", onClick: () => this.editClicked() }),
            new IconButton(Icons.DELETE_OUTLINE, { tooltip: "Delete To-Do", onClick: () => this.deleteClicked() }),
          ],
          { spacing: 0 },
        ),
      ],
      { alignment: "spaceBetween", verticalAlignment: "center" },
    );
    this.editView = new Row(
      [
        this.editName,
        new IconButton({ icon: Icons.DONE_OUTLINE_OUTLINED, iconColor: Colors.GREEN, tooltip: "Update To-Do", onClick: () => this.saveClicked() }),
      ],
      { visible: false, alignment: "spaceBetween", verticalAlignment: "center" },
    );
    this.controls = [this.displayView, this.editView];
  }

  editClicked(): void {
    this.editName.value = this.displayTask.label;
    this.displayView.visible = false;
    this.editView.visible = true;
  }

  saveClicked(): void {
    this.displayTask.label = this.editName.value;
    this.displayView.visible = true;
    this.editView.visible = false;
  }

  statusChanged(): void {
    this.completed = this.displayTask.value === true;
    this.taskStatusChange(this);
  }

  deleteClicked(): void {
    this.taskDelete(this);
  }
}

class TodoApp extends Column {
  newTask = new TextField({ hintText: "What needs to be done?", onSubmit: () => this.addClicked(), expand: true });
  tasks = new Column();
  filter = new Tabs([new Tab("all"), new Tab("active"), new Tab("completed")], { selectedIndex: 0, onChange: () => this.tabsChanged() });
  itemsLeft = new Text("0 items left");

  constructor() {
    super();
    this.width = 600;
    this.controls = [
      new Row([new Text("Todos", { themeStyle: TextThemeStyle.HEADLINE_MEDIUM })], { alignment: "center" }),
      new Row([this.newTask, new FloatingActionButton({ icon: Icons.ADD, tooltip: "Add To-Do", onClick: () => this.addClicked() })]),
      new Column(
        [
          this.filter,
          this.tasks,
          new Row([this.itemsLeft, new OutlinedButton("Clear completed", { onClick: () => this.clearClicked() })], {
            alignment: "spaceBetween",
            verticalAlignment: "center",
          }),
        ],
        { spacing: 25 },
      ),
    ];
  }

  addClicked(): void {
    if (this.newTask.value) {
      const task = new Task(this.newTask.value, (t) => this.taskStatusChange(t), (t) => this.taskDelete(t));
      this.tasks.controls.push(task);
      this.newTask.value = "";
      void this.newTask.focus();
    }
  }

  taskStatusChange(_task: Task): void {}

  taskDelete(task: Task): void {
    this.tasks.controls.splice(this.tasks.controls.indexOf(task), 1);
  }

  tabsChanged(): void {}

  clearClicked(): void {
    for (const task of [...this.tasks.controls] as Task[]) {
      if (task.completed) this.taskDelete(task);
    }
  }

  override beforeUpdate(): void {
    const status = this.filter.tabs[this.filter.selectedIndex]!.text;
    let count = 0;
    for (const task of this.tasks.controls as Task[]) {
      task.visible = status === "all" || (status === "active" && !task.completed) || (status === "completed" && task.completed);
      if (!task.completed) count += 1;
    }
    this.itemsLeft.value = `${count} active item(s) left`;
  }
}

function main(page: Page) {
  page.title = "ToDo App";
  page.horizontalAlignment = "center";
  page.scroll = "adaptive";
  page.add(new TodoApp());
}

app(main);
