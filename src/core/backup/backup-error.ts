/** Why a backup could not be read or restored, in words a person can act on. */

/** What went wrong, so a page can react (e.g. ask for the passphrase) without reading the message. */
export type BackupProblem =
  | "not-backup"
  | "damaged"
  | "version"
  | "counts"
  | "hash"
  | "rows"
  | "passphrase-needed"
  | "passphrase-wrong"
  | "unsupported"
  | "write";

/** A refused backup or a failed restore; the message is Chinese and complete. */
export class BackupError extends Error {
  readonly problem: BackupProblem;
  constructor(problem: BackupProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BackupError";
    this.problem = problem;
  }
}
