/**
 * `filepicker`: a hidden `<input type=file>`. A click on a bound control (`boundTo`) opens it in
 * the click's own handler, within the person's gesture; a `pickFiles` call from the server opens it
 * where the browser still allows it. Picked files stay here, by id; `upload` sends them
 * (../file-upload.ts), reporting progress at most every 100 ms per file.
 */
import { EventName, type JsonValue } from "../../protocol/index.js";
import { boundControlOf } from "../control-elements.js";
import { defineRenderer } from "../declare-renderer.js";
import { h } from "../dom.js";
import { FileUpload, type UploadReport } from "../file-upload.js";
import type { RenderContext } from "../registry.js";

const REPORT_EVERY_MS = 100;
const TYPES: Record<string, string> = { image: "image/*", video: "video/*", audio: "audio/*", media: "image/*,video/*" };
let nextFileId = 1;

interface PickOptions {
  allowMultiple?: boolean;
  allowedExtensions?: string[];
  fileType?: string;
  directory?: boolean;
}

function accept(options: PickOptions): string {
  const extensions = Array.isArray(options.allowedExtensions) ? options.allowedExtensions.map((e) => `.${String(e).replace(/^\./, "")}`) : [];
  if (extensions.length) return extensions.join(",");
  return TYPES[options.fileType ?? ""] ?? "";
}

/** Most bytes one `read` call answers: base64 of it stays well inside a 64 KB frame. */
const MAX_READ_BYTES = 32 * 1024;

/** `file.bytes()` and friends on the server: one chunk of a picked file, as base64. */
async function readChunk(file: File | undefined, offset: number, length: number): Promise<string> {
  if (!file) throw new Error("that file is no longer in the page");
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) throw new Error("read takes a whole offset and length");
  const bytes = new Uint8Array(await file.slice(offset, offset + Math.min(length, MAX_READ_BYTES)).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

function createPicker(ctx: RenderContext) {
  const element = h("div", "weft-filepicker");
  element.hidden = true;
  const input = h("input");
  input.type = "file";
  element.append(input);
  const files = new Map<number, File>();
  const uploads = new Map<number, FileUpload>();
  let bound = new Set<number>();

  const open = (options: PickOptions) => {
    input.multiple = options.allowMultiple === true || options.directory === true;
    input.accept = accept(options);
    input.webkitdirectory = options.directory === true;
    input.value = "";
    input.click();
  };
  input.addEventListener("change", () => {
    const picked = [...(input.files ?? [])].map((file) => {
      const id = nextFileId++;
      files.set(id, file);
      return { id, name: file.name, size: file.size, type: file.type, ...(file.webkitRelativePath ? { path: file.webkitRelativePath } : {}) };
    });
    ctx.send(EventName.result, picked);
  });
  input.addEventListener("cancel", () => ctx.send(EventName.result, null));
  const onClick = (event: Event) => {
    if (bound.size && boundControlOf(event.target, bound) !== undefined) open(ctx.props as PickOptions);
  };
  document.addEventListener("click", onClick, true);

  const report = (() => {
    const last = new Map<number, number>();
    return (r: UploadReport) => {
      const now = performance.now();
      if (r.state === "progress" && now - (last.get(r.id) ?? -Infinity) < REPORT_EVERY_MS) return;
      last.set(r.id, now);
      if (r.state !== "progress") uploads.delete(r.id);
      ctx.send(EventName.upload, r as unknown as JsonValue);
    };
  })();

  const upload = (arg: { key: string; items: { id: number; url: string }[] }) => {
    for (const { id, url } of arg.items) {
      const file = files.get(id);
      if (!file) {
        report({ id, loaded: 0, total: 0, state: "error", message: "that file is no longer in the page" });
        continue;
      }
      const job = new FileUpload(id, file, url, arg.key, report);
      uploads.set(id, job);
      void job.run();
    }
  };

  return {
    element,
    input,
    setBound: (ids: Set<number>) => (bound = ids),
    call(method: string, args: JsonValue[]): JsonValue | Promise<JsonValue> | undefined {
      if (method === "pickFiles") return open((args[0] ?? {}) as PickOptions), true;
      if (method === "read") return readChunk(files.get(Number(args[0])), Number(args[1]), Number(args[2]));
      if (method === "upload") return upload(args[0] as never), true;
      if (method === "cancel") {
        const ids = Array.isArray(args[0]) ? (args[0] as number[]) : [...uploads.keys()];
        for (const id of ids) uploads.get(id)?.cancel();
        return true;
      }
      return undefined;
    },
    destroy() {
      document.removeEventListener("click", onClick, true);
      for (const job of uploads.values()) job.cancel();
    },
  };
}

export const filePicker = defineRenderer("filepicker", {
  create: createPicker,
  props: {
    // Read from ctx.props when the chooser opens.
    allowMultiple: () => {},
    allowedExtensions: () => {},
    fileType: () => {},
    boundTo: (view, value) => view.setBound(new Set(Array.isArray(value) ? (value as number[]) : [])),
  },
});
