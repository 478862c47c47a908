/**
 * The export worker (a module worker): writes one exported table as an
 * .xlsx or .csv file off the main thread. SheetJS needs 7–20 s for a
 * 100,000-row workbook, which would freeze the page; here it loads only when
 * a person exports, and never with the page.
 */
import type { WorkbookReply, WorkbookRequest } from "./workbook-protocol.ts";
import { writeCsv } from "./write-csv.ts";
import { writeResultsWorkbook } from "./write-results-workbook.ts";

// The project compiles with DOM types, not WebWorker ones; this is the part of the worker scope used here.
interface WorkbookWorkerScope {
  postMessage(message: WorkbookReply, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkbookRequest>) => void): void;
}

const scope = globalThis as unknown as WorkbookWorkerScope;

scope.addEventListener("message", ({ data }) => {
  try {
    const bytes =
      data.format === "xlsx"
        ? writeResultsWorkbook([data.sheet])
        : new TextEncoder().encode(writeCsv(data.sheet.table));
    scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
});
