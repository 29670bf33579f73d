/**
 * Flet's Calculator tutorial, ported line for line: buttons are subclasses of ElevatedButton that
 * carry their label in `data`, the app is a subclass of Container, and one handler reads
 * `e.control.data` to decide what a click means.
 */
import { app, Colors, Column, Container, ElevatedButton, Row, Text, type ControlEvent, type Page } from "../src/index.js";

type Clicked = (e: ControlEvent<CalcButton>) => void;

class CalcButton extends ElevatedButton {
  constructor(text: string, buttonClicked: Clicked, expand = 1) {
    super();
    this.text = text;
    this.expand = expand;
    this.onClick = buttonClicked;
    this.data = text;
  }
}

class DigitButton extends CalcButton {
  constructor(text: string, buttonClicked: Clicked, expand = 1) {
    super(text, buttonClicked, expand);
    this.bgcolor = Colors.WHITE24;
    this.color = Colors.WHITE;
  }
}

class ActionButton extends CalcButton {
  constructor(text: string, buttonClicked: Clicked) {
    super(text, buttonClicked);
    this.bgcolor = Colors.ORANGE;
    this.color = Colors.WHITE;
  }
}

class ExtraActionButton extends CalcButton {
  constructor(text: string, buttonClicked: Clicked) {
    super(text, buttonClicked);
    this.bgcolor = Colors.BLUE_GREY_100;
    this.color = Colors.BLACK;
  }
}

class CalculatorApp extends Container {
  result = new Text("0", { color: Colors.WHITE, size: 20 });
  operand1 = 0;
  operator = "+";
  newOperand = true;

  constructor() {
    super();
    this.width = 350;
    this.bgcolor = Colors.BLACK;
    this.borderRadius = 20;
    this.padding = 20;
    const clicked: Clicked = (e) => this.buttonClicked(e);
    this.content = new Column([
      new Row([this.result], { alignment: "end" }),
      new Row([
        new ExtraActionButton("AC", clicked),
        new ExtraActionButton("+/-", clicked),
        new ExtraActionButton("%", clicked),
        new ActionButton("/", clicked),
      ]),
      new Row([new DigitButton("7", clicked), new DigitButton("8", clicked), new DigitButton("9", clicked), new ActionButton("*", clicked)]),
      new Row([new DigitButton("4", clicked), new DigitButton("5", clicked), new DigitButton("6", clicked), new ActionButton("-", clicked)]),
      new Row([new DigitButton("1", clicked), new DigitButton("2", clicked), new DigitButton("3", clicked), new ActionButton("+", clicked)]),
      new Row([new DigitButton("0", clicked, 2), new DigitButton(".", clicked), new ActionButton("=", clicked)]),
    ]);
  }

  buttonClicked(e: ControlEvent<CalcButton>): void {
    const data = String(e.control.data);
    if (this.result.value === "Error" || data === "AC") {
      this.result.value = "0";
      this.reset();
    } else if ("0123456789.".includes(data)) {
      if (this.result.value === "0" || this.newOperand) {
        this.result.value = data;
        this.newOperand = false;
      } else {
        this.result.value += data;
      }
    } else if ("+-*/".includes(data)) {
      this.result.value = this.calculate(this.operand1, Number(this.result.value), this.operator);
      this.operator = data;
      this.operand1 = this.result.value === "Error" ? 0 : Number(this.result.value);
      this.newOperand = true;
    } else if (data === "=") {
      this.result.value = this.calculate(this.operand1, Number(this.result.value), this.operator);
      this.reset();
    } else if (data === "%") {
      this.result.value = this.formatNumber(Number(this.result.value) / 100);
      this.reset();
    } else if (data === "+/-") {
      const value = Number(this.result.value);
      this.result.value = this.formatNumber(-value);
    }
  }

  formatNumber(num: number): string {
    return Number.isInteger(num) ? String(num) : String(Number(num.toPrecision(12)));
  }

  calculate(operand1: number, operand2: number, operator: string): string {
    if (operator === "+") return this.formatNumber(operand1 + operand2);
    if (operator === "-") return this.formatNumber(operand1 - operand2);
    if (operator === "*") return this.formatNumber(operand1 * operand2);
    if (operand2 === 0) return "Error";
    return this.formatNumber(operand1 / operand2);
  }

  reset(): void {
    this.operator = "+";
    this.operand1 = 0;
    this.newOperand = true;
  }
}

function main(page: Page) {
  page.title = "Calc App";
  const calc = new CalculatorApp();
  page.add(calc);
}

app(main);
