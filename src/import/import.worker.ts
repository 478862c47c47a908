/**
 * The import worker (a module worker): reads, validates and stores a file
 * off the main thread, so the page never freezes and a sheet's rows never
 * cross to it. All the work is in import-session.ts.
 */
import { openDatabase, type ZhipeiDatabase } from "../db/database.ts";
import { commitImport, loadCohortRows } from "../db/imports.ts";
import type { ImportReply, ImportRequest } from "./import-protocol.ts";
import { createImportSession } from "./import-session.ts";

// The project compiles with DOM types, not WebWorker ones; this is the part of the worker scope used here.
interface ImportWorkerScope {
  postMessage(message: ImportReply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportRequest>) => void): void;
}

const scope = globalThis as unknown as ImportWorkerScope;
// Opened when first needed (after a file was read), so a file that is refused never touches IndexedDB.
let db: ZhipeiDatabase | undefined;
const handleRequest = createImportSession((reply) => scope.postMessage(reply), {
  save: (input, batch, onProgress) =>
    commitImport((db ??= openDatabase()), input, batch, Date.now(), onProgress),
  loadStored: async (cohortId) =>
    (await loadCohortRows((db ??= openDatabase()), cohortId)).map(({ record, batch }) => ({
      fileName: record.fileName,
      sheetName: record.sheetName,
      recordKind: record.recordKind,
      batch,
    })),
});
scope.addEventListener("message", (event) => void handleRequest(event.data));
