/**
 * Finding a person among those already seen, by ID number, then mobile
 * phone, then name + employer. Two different ID numbers are never the same
 * person, whatever else they share.
 */
import type { MatchKey, PersonKeys } from "./person-keys.ts";

/** People seen so far, by each key; the number is the caller's index of the person. */
export interface PersonIndex {
  idNumber: Map<string, number>;
  phone: Map<string, number>;
  nameEmployer: Map<string, number>;
}

/** A person found, and the key that found them. */
export interface PersonMatch {
  person: number;
  by: MatchKey;
}

/** An empty index. */
export function createPersonIndex(): PersonIndex {
  return { idNumber: new Map(), phone: new Map(), nameEmployer: new Map() };
}

/**
 * The person a row's keys name, or null. `idOf(person)` gives the ID number
 * known for a person, so a row with one ID is never matched by phone or name
 * to a person with another.
 */
export function findPerson(
  index: PersonIndex,
  keys: PersonKeys,
  idOf: (person: number) => string | null,
): PersonMatch | null {
  if (keys.idNumber !== null) {
    const person = index.idNumber.get(keys.idNumber);
    if (person !== undefined) return { person, by: "idNumber" };
  }
  for (const by of ["phone", "nameEmployer"] as const) {
    const key = keys[by];
    if (key === null) continue;
    const person = index[by].get(key);
    if (person !== undefined && (keys.idNumber === null || idOf(person) === null)) return { person, by };
  }
  return null;
}

/** Records a person's keys; a key already taken by someone else keeps pointing at them. */
export function addPerson(index: PersonIndex, keys: PersonKeys, person: number): void {
  for (const by of ["idNumber", "phone", "nameEmployer"] as const) {
    const key = keys[by];
    if (key !== null && !index[by].has(key)) index[by].set(key, person);
  }
}
