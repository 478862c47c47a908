/**
 * The import worker (a module worker): reads, validates and stores a file
 * off the main thread, so the page never freezes and a sheet's rows never
 * cross to it. All the work is in import-session.ts.
 */
import { openDatabase } from "../db/database.ts";
import { commitImport, loadCohortRows } from "../db/imports.ts";
import type { ImportReply, ImportRequest } from "./import-protocol.ts";
import { createImportSession } from "./import-session.ts";

// The project compiles with DOM types, not WebWorker ones; this is the part of the worker scope used here.
interface ImportWorkerScope {
  postMessage(message: ImportReply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportRequest>) => void): void;
}

const scope = globalThis as unknown as ImportWorkerScope;
// Opened as the worker starts (the page starts it once a file is chosen, while it hashes the file), so the
// connection is ready by the time rows are checked against stored ones. Opening changes nothing.
const db = openDatabase();
db.open().catch((error: unknown) => console.error(error));
const handleRequest = createImportSession((reply) => scope.postMessage(reply), {
  save: (input, batch, onProgress) => commitImport(db, input, batch, Date.now(), onProgress),
  loadStored: async (cohortId) =>
    (await loadCohortRows(db, cohortId)).map(({ record, batch }) => ({
      fileName: record.fileName,
      sheetName: record.sheetName,
      recordKind: record.recordKind,
      batch,
    })),
});
scope.addEventListener("message", (event) => void handleRequest(event.data));
