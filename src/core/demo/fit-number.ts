/** Drawn figures as a sheet would carry them: whole numbers, or half hours for durations, within the field's range. */
import type { Field } from "../fields/field-schema.ts";

/** The step a field's figures come in: half an hour for durations, else 1. */
export function stepOf(field: Field | undefined): number {
  return field?.type === "duration" ? 0.5 : 1;
}

/** A drawn number rounded to the field's step and kept within its min and max. */
export function fitNumber(field: Field | undefined, value: number): number {
  const step = stepOf(field);
  const rounded = Math.round(value / step) * step;
  const min = field?.min ?? 0;
  const max = field?.max ?? Number.POSITIVE_INFINITY;
  return rounded < min ? min : rounded > max ? max : rounded;
}
