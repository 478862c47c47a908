/** Something about the input the engine could not use, said in Chinese for the person who can fix it. */
export interface Problem {
  /** Stable, for tests and for the UI to group problems. */
  code: string;
  message: string;
}
