/**
 * Weft's public API. Everything an app imports comes from here (and `weft/testing` for tests);
 * `test/exports.test.ts` pins the list.
 */

// The runtime: controls, page, events, errors.
export {
  AppError,
  ButtonBase,
  Checkbox,
  Column,
  Container,
  Control,
  ControlError,
  defineControl,
  ElevatedButton,
  ErrorCode,
  FilledButton,
  Flex,
  IconButton,
  OutlinedButton,
  Page,
  Row,
  sleep,
  Text,
  TextButton,
  TextField,
  UserControl,
  WeftError,
} from "./core/index.js";
export type {
  Alignment,
  AppMain,
  ButtonOptions,
  CheckboxOptions,
  ColumnOptions,
  ContainerOptions,
  ControlEvent,
  ControlOptions,
  ControlSpecInput,
  CrossAxisAlignment,
  ErrorEvent,
  ErrorPhase,
  FontWeight,
  Handler,
  IconButtonOptions,
  KeyboardType,
  Logger,
  MainAxisAlignment,
  OptionsOf,
  PageEvent,
  ResizeEvent,
  RowOptions,
  ScrollMode,
  SlotKind,
  Spacing,
  TextAlign,
  TextFieldOptions,
  TextOptions,
} from "./core/index.js";

// Running an app: a Node server per app, or a handle inside a larger program.
export { app, appAsync } from "./server/index.js";
export type { AppHandle, AppOptions } from "./server/index.js";
