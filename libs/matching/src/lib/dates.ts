/** ISO dates (YYYY-MM-DD) compare as strings; these helpers do the little arithmetic the rules need. */

/** Days since 1970-01-01 of an ISO date (the time part, if any, is ignored). Allocation-free. */
export function dayNumber(isoDate: string): number {
  return dayFromKey(dateKey(isoDate));
}

/** Days since 1970-01-01 of a YYYYMMDD key. */
export function dayFromKey(key: number): number {
  const year = Math.floor(key / 10_000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  // Days from civil (H. Hinnant): years start in March so the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** YYYYMMDD as a number, read without allocating (the date must start with YYYY-MM-DD). */
export function dateKey(isoDate: string): number {
  return (
    (isoDate.charCodeAt(0) - 48) * 10_000_000 +
    (isoDate.charCodeAt(1) - 48) * 1_000_000 +
    (isoDate.charCodeAt(2) - 48) * 100_000 +
    (isoDate.charCodeAt(3) - 48) * 10_000 +
    (isoDate.charCodeAt(5) - 48) * 1000 +
    (isoDate.charCodeAt(6) - 48) * 100 +
    (isoDate.charCodeAt(8) - 48) * 10 +
    (isoDate.charCodeAt(9) - 48)
  );
}

/** Age in whole years on a date: (YYYYMMDD on the date - YYYYMMDD of birth) / 10,000, rounded down. */
export function ageOn(dateOfBirth: string, isoDate: string): number {
  return Math.floor((dateKey(isoDate) - dateKey(dateOfBirth)) / 10_000);
}

/** Whether two periods share at least one day; a null bound is open. */
export function periodsOverlap(
  aFrom: string | null,
  aTo: string | null,
  bFrom: string | null,
  bTo: string | null,
): boolean {
  return (
    (aFrom === null || bTo === null || aFrom.slice(0, 10) <= bTo.slice(0, 10)) &&
    (bFrom === null || aTo === null || bFrom.slice(0, 10) <= aTo.slice(0, 10))
  );
}

/** Today as an ISO date (UTC). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
