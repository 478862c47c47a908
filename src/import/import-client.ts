/**
 * The page's side of the import worker: typed, promise-based, lazy (the
 * worker and SheetJS load on first use) and abortable (an aborted call
 * terminates the worker, the only way to stop a synchronous parse; the next
 * call starts a fresh one). Imports only types from the worker's side.
 */
import type { Cell } from "../core/cells/cell.ts";
import type { TextEncodingName } from "./decode-text.ts";
import type { ImportReply, ImportRequest, ReadProgress } from "./import-protocol.ts";
import { describeReadFailure, WorkbookReadError } from "./read-failure.ts";
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
  onProgress?: ((progress: ReadProgress) => void) | undefined;
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
  /** All rows of one sheet of the open file, gathered from the worker's pieces. */
  readSheet(sheetName: string, options?: CallOptions): Promise<Cell[][]>;
  /** Terminates the worker and rejects whatever is pending. */
  close(): void;
}

type FinalReply = Extract<ImportReply, { type: "opened" | "sheet-read" }>;

interface Pending {
  fileName: string;
  rows: Cell[][];
  onProgress: ((progress: ReadProgress) => void) | undefined;
  settle: (reply: FinalReply, rows: Cell[][]) => void;
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
      case "rows":
        for (const row of reply.rows) call.rows.push(row);
        return;
      case "failed":
        pending.delete(reply.id);
        call.reject(new WorkbookReadError(reply.failure));
        return;
      case "opened":
      case "sheet-read":
        pending.delete(reply.id);
        call.settle(reply, call.rows);
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
    finish: (reply: FinalReply, rows: Cell[][]) => T,
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
        rows: [],
        onProgress,
        settle: (reply, rows) => {
          signal?.removeEventListener("abort", onAbort);
          try {
            resolve(finish(reply, rows));
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

  function readWorkbook(reply: FinalReply): WorkbookRead {
    if (reply.type !== "opened") throw new Error(`import client: expected "opened", got "${reply.type}"`);
    return reply.workbook;
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
      return send(request, fileName, options, readWorkbook, [bytes]);
    },
    reopen(encoding, options = {}) {
      return send({ type: "reopen", id: nextId++, encoding }, openFileName, options, readWorkbook);
    },
    readSheet(sheetName, options = {}) {
      return send(
        { type: "read-sheet", id: nextId++, sheetName },
        openFileName,
        options,
        (_reply, rows) => rows,
      );
    },
    close() {
      stop(() => new DOMException("导入已关闭", "AbortError"));
    },
  };
}
