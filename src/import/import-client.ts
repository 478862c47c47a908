/**
 * The page's side of the import worker: typed, promise-based, lazy (the
 * worker, SheetJS and the validation code load on first use) and abortable
 * (an aborted call terminates the worker, the only way to stop a synchronous
 * parse or an uncommitted save; the next call starts a fresh one). Imports
 * only types from the worker's side.
 */
import type { ImportRecord } from "../core/workspace/workspace-schema.ts";
import type { TextEncodingName } from "./decode-text.ts";
import type {
  BuildPlan,
  BuildSummary,
  ImportProgress,
  ImportReply,
  ImportRequest,
  SaveRequest,
} from "./import-protocol.ts";
import { describeReadFailure, WorkbookReadError } from "./read-failure.ts";
import type { SheetLayout, TemplateFields } from "./sheet-layout.ts";
import type { WorkbookRead } from "./workbook-read.ts";

/** The part of a Worker the client uses, so tests can supply their own. */
export interface ImportWorker {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Options every call takes. */
export interface CallOptions {
  /** Aborting rejects the call with the signal's reason and terminates the worker (ending the open file). */
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

/** The import worker, as promises. */
export interface ImportClient {
  /** Reads a file's sheet list. `bytes` is transferred to the worker, so it is detached (empty) afterwards. */
  open(
    fileName: string,
    bytes: ArrayBuffer,
    options?: CallOptions & { encoding?: TextEncodingName },
  ): Promise<WorkbookRead>;
  /** Reads the open file again in another text encoding. */
  reopen(encoding: TextEncodingName, options?: CallOptions): Promise<WorkbookRead>;
  /** The header of one sheet of the open file, and a field proposal per template. */
  inspect(sheetName: string, templates: TemplateFields[], options?: CallOptions): Promise<SheetLayout>;
  /** Reads and validates the sheet as planned; the worker keeps the batch for `save`. */
  build(plan: BuildPlan, options?: CallOptions): Promise<BuildSummary>;
  /** Stores the validated batch (without rows that have errors) in one transaction. */
  save(request: SaveRequest, options?: CallOptions): Promise<ImportRecord>;
  /** Starts the worker now (once a file is chosen), so it loads while the page hashes the file. */
  start(): void;
  /** Terminates the worker and rejects whatever is pending. */
  close(): void;
}

type FinalReply = Exclude<ImportReply, { type: "progress" | "failed" }>;

interface Pending {
  fileName: string;
  onProgress: ((progress: ImportProgress) => void) | undefined;
  settle: (reply: FinalReply) => void;
  reject: (reason: Error) => void;
}

// An AbortSignal's reason is whatever abort() was given; a DOMException "AbortError" by default.
function readAbortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new DOMException("已取消", "AbortError");
}

function startImportWorker(): ImportWorker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module", name: "导入" });
}

/** A client whose worker starts on the first call; `startWorker` is replaced in tests. */
export function createImportClient(startWorker: () => ImportWorker = startImportWorker): ImportClient {
  let worker: ImportWorker | undefined;
  let nextId = 1;
  let openFileName = "";
  const pending = new Map<number, Pending>();

  function stop(reason: (fileName: string) => Error): void {
    worker?.terminate();
    worker = undefined;
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(reason(call.fileName));
  }

  function receive(reply: ImportReply): void {
    const call = pending.get(reply.id);
    if (!call) return;
    switch (reply.type) {
      case "progress":
        call.onProgress?.(reply.progress);
        return;
      case "failed":
        pending.delete(reply.id);
        call.reject(new WorkbookReadError(reply.failure));
        return;
      default:
        pending.delete(reply.id);
        call.settle(reply);
    }
  }

  function ensureWorker(): ImportWorker {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = (event) => receive(event.data);
    // A worker that dies (out of memory, a crash) fails every call in flight with a plain message.
    started.onerror = (event) => {
      event.preventDefault();
      stop((fileName) => new WorkbookReadError(describeReadFailure("worker-failed", fileName, {})));
    };
    worker = started;
    return started;
  }

  function send<T>(
    request: ImportRequest,
    fileName: string,
    options: CallOptions,
    finish: (reply: FinalReply) => T,
    transfer: Transferable[] = [],
  ): Promise<T> {
    const { signal, onProgress } = options;
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(readAbortReason(signal));
        return;
      }
      const onAbort = () => stop(() => readAbortReason(signal));
      signal?.addEventListener("abort", onAbort, { once: true });
      pending.set(request.id, {
        fileName,
        onProgress,
        settle: (reply) => {
          signal?.removeEventListener("abort", onAbort);
          try {
            resolve(finish(reply));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        reject: (reason) => {
          signal?.removeEventListener("abort", onAbort);
          reject(reason);
        },
      });
      ensureWorker().postMessage(request, transfer);
    });
  }

  // A reply of another type than the request's means a bug on one side, never a file problem.
  function expectReply<K extends FinalReply["type"]>(
    type: K,
  ): (reply: FinalReply) => Extract<FinalReply, { type: K }> {
    return (reply) => {
      if (reply.type !== type) throw new Error(`import client: expected "${type}", got "${reply.type}"`);
      return reply as Extract<FinalReply, { type: K }>;
    };
  }

  return {
    open(fileName, bytes, options = {}) {
      openFileName = fileName;
      const request: ImportRequest = {
        type: "open",
        id: nextId++,
        fileName,
        bytes,
        encoding: options.encoding,
      };
      return send(request, fileName, options, (r) => expectReply("opened")(r).workbook, [bytes]);
    },
    reopen(encoding, options = {}) {
      const request: ImportRequest = { type: "reopen", id: nextId++, encoding };
      return send(request, openFileName, options, (r) => expectReply("opened")(r).workbook);
    },
    inspect(sheetName, templates, options = {}) {
      const request: ImportRequest = { type: "inspect", id: nextId++, sheetName, templates };
      return send(request, openFileName, options, (r) => expectReply("inspected")(r).layout);
    },
    build(plan, options = {}) {
      const request: ImportRequest = { type: "build", id: nextId++, plan };
      return send(request, openFileName, options, (r) => expectReply("built")(r).summary);
    },
    save(saveRequest, options = {}) {
      const request: ImportRequest = { type: "save", id: nextId++, request: saveRequest };
      return send(request, openFileName, options, (r) => expectReply("saved")(r).record);
    },
    start() {
      ensureWorker();
    },
    close() {
      stop(() => new DOMException("导入已关闭", "AbortError"));
    },
  };
}
