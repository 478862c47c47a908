/**
 * Synthetic 身份证号 that pass every GB 11643 check yet belong to nobody:
 * the birth date is in 1900 (a trainee aged over 120), so a demo ID can
 * never be mistaken for a real person's.
 */
import { computeIdCheckChar } from "../cells/id-number.ts";

const dayMs = 86_400_000;
const firstBirthday = Date.UTC(1900, 0, 1);

/**
 * The ID of synthetic person `serial` born in the place of `addressCode`:
 * birth date 1900-01-01 plus serial ÷ 1000 days (still 1900 for the first
 * 365,000), sequence serial mod 1000 (odd for men, even for women).
 */
export function makeIdNumber(addressCode: string, serial: number): string {
  const first17 = `${addressCode}${formatBirthDate(Math.floor(serial / 1000))}${pad(serial % 1000, 3)}`;
  return first17 + computeIdCheckChar(first17);
}

// A thousand people share a birth date, so each date is formatted once (100,000 Date objects cost ~30 ms).
const birthDates: string[] = [];

function formatBirthDate(day: number): string {
  let date = birthDates[day];
  if (date === undefined) {
    const birth = new Date(firstBirthday + day * dayMs);
    date = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}`;
    birthDates[day] = date;
  }
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
