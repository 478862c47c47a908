/** Test helper: import workers that run the real session in this process. */
import type { ImportWorker } from "../../../src/import/import-client.ts";
import type { ImportReply, ImportRequest } from "../../../src/import/import-protocol.ts";
import { createImportSession, type ImportStorage } from "../../../src/import/import-session.ts";

/** A worker that can tell whether it was terminated, and what it was asked. */
export type FakeWorker = ImportWorker & { terminated: boolean; requests: ImportRequest["type"][] };

const noDatabase: ImportStorage = {
  save: () => Promise.reject(new Error("not saved in these tests")),
  loadStored: () => Promise.resolve([]),
};

/**
 * Workers that run the real session in this process: messages are
 * structured-cloned with their transfer list (so transferred bytes detach, as
 * in a browser) and delivered on later tasks; terminate() silences them.
 */
export function createWorkerFactory(storage: ImportStorage = noDatabase) {
  const workers: FakeWorker[] = [];
  const start = () => {
    const worker: FakeWorker = {
      terminated: false,
      requests: [],
      onmessage: null,
      onerror: null,
      postMessage(message, transfer) {
        worker.requests.push(message.type);
        const copy = structuredClone(message, { transfer });
        setTimeout(() => {
          if (!worker.terminated) void handle(copy);
        });
      },
      terminate() {
        worker.terminated = true;
      },
    };
    const handle = createImportSession((reply) => {
      const copy = structuredClone(reply);
      setTimeout(() => {
        if (!worker.terminated) worker.onmessage?.({ data: copy } as MessageEvent<ImportReply>);
      });
    }, storage);
    workers.push(worker);
    return worker;
  };
  return { start, workers };
}
