/**
 * 公民身份号码 checks from GB 11643-1999: six-digit address code, eight-digit
 * birth date, three-digit sequence, and an ISO 7064 MOD 11-2 check character.
 */
import { formatIsoDate } from "./calendar-date.ts";

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = "10X98765432";
const shape = /^\d{17}[\dX]$/;
// First two digits of the address code (GB/T 2260 provinces, 71 Taiwan, 81 Hong Kong, 82 Macao,
// 83 港澳台居民居住证). Permanent-residence IDs for foreigners start with 9 plus a province code.
const provinces = new Set(
  "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83".split(
    " ",
  ),
);

/** What is wrong with an 18-character ID, or undefined when it is valid. */
export type IdNumberFault = "shape" | "region" | "birthDate" | "checkDigit";

/** The check character (0–9 or X) for the first 17 digits. */
export function computeIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * weights[i]!;
  return checkChars[sum % 11]!;
}

/** Finds the first fault of an upper-cased 18-character ID, or undefined when every check passes. */
export function findIdNumberFault(id: string): IdNumberFault | undefined {
  if (!shape.test(id)) return "shape";
  const province = id[0] === "9" ? id.slice(1, 3) : id.slice(0, 2);
  if (!provinces.has(province)) return "region";
  const birth = formatIsoDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
  if (birth === undefined) return "birthDate";
  if (computeIdCheckChar(id) !== id[17]) return "checkDigit";
  return undefined;
}

/** Whether text is a valid 18-character ID (lower-case x accepted); cheap enough to test whole columns. */
export function isValidIdNumber(text: string): boolean {
  return text.length === 18 && findIdNumberFault(text.toUpperCase()) === undefined;
}
