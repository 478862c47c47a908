/** Calendar dates as ISO `YYYY-MM-DD` strings, checked without the host's time zone. */

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` for a real calendar day, or undefined (2023-02-29, month 13). */
export function formatIsoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : daysInMonth[month - 1];
  if (last === undefined || !Number.isInteger(day) || day < 1 || day > last) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
