/**
 * The page's side of the export worker: a worker is started for each file
 * and ended when the file is written, so SheetJS is fetched only when a
 * person exports and holds no memory afterwards. Imports only types from
 * the worker's side.
 */
import type { ExportFormat, WorkbookReply, WorkbookRequest } from "../../export/workbook-protocol.ts";
import type { NamedTable } from "../../export/write-results-workbook.ts";

/** The part of a Worker the client uses, so tests can supply their own. */
export interface WorkbookWorker {
  postMessage(message: WorkbookRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkbookReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function startWorkbookWorker(): WorkbookWorker {
  return new Worker(new URL("../../export/workbook.worker.ts", import.meta.url), {
    type: "module",
    name: "导出",
  });
}

/** Writes `sheet` as a file of `format` in a worker of its own; rejects with the worker's reason. */
export function writeInWorker(
  sheet: NamedTable,
  format: ExportFormat,
  startWorker: () => WorkbookWorker = startWorkbookWorker,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.onmessage = ({ data }) => {
      worker.terminate();
      if (data.ok) resolve(data.bytes);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "导出程序未能启动"));
    };
    worker.postMessage({ format, sheet });
  });
}
