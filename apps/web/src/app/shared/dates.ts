import { Injectable } from '@angular/core';
import { NativeDateAdapter } from '@angular/material/core';

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** A date picked in the browser → the ISO date the API takes (YYYY-MM-DD, the local calendar day; no time zone shift). */
export function toIsoDate(date: Date | null | undefined): string | null {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    return null;
  }
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO date (or date-time) from the API → a local Date at midnight of that day, for the datepicker. */
export function fromIsoDate(iso: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) {
    return null;
  }
  const [, year, month, day] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return date.getMonth() === Number(month) - 1 ? date : null;
}

/** Typed dates day first (31-12-2026, 31/12/2026, 31.12.2026) as people in the Netherlands write them. */
export function parseDayFirstDate(text: string): Date | null {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const [, day, month, year] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day));
  return date.getDate() === Number(day) && date.getMonth() === Number(month) - 1 ? date : null;
}

/** The native adapter, but typed dates are read day first (both in Dutch and in British-style English). */
@Injectable()
export class DayFirstDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value === 'string') {
      if (value.trim() === '') {
        return null;
      }
      const dayFirst = parseDayFirstDate(value);
      if (dayFirst) {
        return dayFirst;
      }
      const iso = fromIsoDate(value);
      if (iso && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value)) {
        return iso;
      }
      return this.invalid();
    }
    return super.parse(value, parseFormat);
  }
}
