/**
 * Live queries for the islands: the database is the state they share, so a
 * list re-reads itself whenever a transaction (in this page, another tab or
 * the import worker) changes what it read.
 */
import { liveQuery } from "dexie";

/** Calls `onValue` with the query's result now and after every change to what it read; returns a stop function. */
export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
