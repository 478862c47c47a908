/**
 * The import worker (a module worker): runs the SheetJS reader off the main
 * thread so the page never freezes. All the work is in import-session.ts.
 */
import type { ImportReply, ImportRequest } from "./import-protocol.ts";
import { createImportSession } from "./import-session.ts";

// The project compiles with DOM types, not WebWorker ones; this is the part of the worker scope used here.
interface ImportWorkerScope {
  postMessage(message: ImportReply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportRequest>) => void): void;
}

const scope = globalThis as unknown as ImportWorkerScope;
const handleRequest = createImportSession((reply) => scope.postMessage(reply));
scope.addEventListener("message", (event) => handleRequest(event.data));
