/**
 * Sample values in the mapping table are masked like every ID number and
 * phone on screen: by the field the column is mapped to, and by their look,
 * since a column not yet mapped may hold them too.
 */
import { maskIdNumber, maskPhone } from "../core/cells/mask-personal-data.ts";
import type { FieldType } from "../core/fields/field-schema.ts";

const idLike = /^\d{15}$|^\d{17}[\dXx]$/;
const mobileLike = /^1\d{10}$/;

/** The sample as it may be shown. */
export function maskSample(text: string, type: FieldType | undefined): string {
  const value = text.trim();
  if (value === "") return "";
  if (type === "idNumber" || idLike.test(value)) return maskIdNumber(value);
  if (type === "phone" || mobileLike.test(value)) return maskPhone(value);
  return value;
}
