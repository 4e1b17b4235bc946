import { formatDate } from '@angular/common';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  EventInput,
  EventKind,
  EventResponse,
  EventStatus,
  Locale,
  MeResponse,
  REGION_MUNICIPALITIES,
} from '@techzone/contracts';
import { TranslatableMessage } from '../core/api/translatable';
import { membershipOf } from '../shared/memberships';
import { PlaceOption } from '../shared/place-autocomplete';

export const EVENT_MUNICIPALITIES: readonly string[] = REGION_MUNICIPALITIES.map((municipality) => municipality.name);

/** The filters of the agenda, kept in the URL: a kind and a municipality of the region, or (null) all of them. */
export interface EventFilters {
  kind: EventKind | null;
  municipality: string | null;
}

function isKind(value: unknown): value is EventKind {
  return (EVENT_KINDS as readonly unknown[]).includes(value);
}

export function isEventStatus(value: unknown): value is EventStatus {
  return (EVENT_STATUSES as readonly unknown[]).includes(value);
}

/** The filters from the query parameters; anything the API would refuse is left out, so a shared link never fails. */
export function eventFiltersFromParams(params: Record<string, unknown>): EventFilters {
  return {
    kind: isKind(params['kind']) ? params['kind'] : null,
    municipality: EVENT_MUNICIPALITIES.find((name) => name === params['municipality']) ?? null,
  };
}

/** The query parameters of the page (null removes one from the URL). */
export function eventFiltersToParams(filters: EventFilters): Record<string, string | null> {
  return { kind: filters.kind, municipality: filters.municipality };
}

/** The same filters for GET /api/events: only those that are set. */
export function eventFiltersToApiParams(filters: EventFilters): Record<string, string> {
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
  };
}

/** Places still free, or null when the event has no limit. Never below zero. */
export function placesLeft(event: Pick<EventResponse, 'capacity' | 'signups'>): number | null {
  return event.capacity === null ? null : Math.max(0, event.capacity - event.signups);
}

/** "12 places left", "Full" or "No limit on places". */
export function availabilityText(event: Pick<EventResponse, 'capacity' | 'signups'>): TranslatableMessage {
  const left = placesLeft(event);
  if (left === null) {
    return { key: 'events.places.unlimited' };
  }
  if (left === 0) {
    return { key: 'events.places.full' };
  }
  return { key: left === 1 ? 'events.places.leftOne' : 'events.places.left', params: { count: left } };
}

export function isOver(event: Pick<EventResponse, 'endsAt'>, now: Date): boolean {
  return Date.parse(event.endsAt) <= now.getTime();
}

/** A candidate's events: the coming ones soonest first, the ones that are over most recent first. */
export function splitByTime(
  events: readonly EventResponse[],
  now: Date,
): { coming: EventResponse[]; past: EventResponse[] } {
  const byStart = (a: EventResponse, b: EventResponse) => Date.parse(a.startsAt) - Date.parse(b.startsAt);
  return {
    coming: events.filter((event) => !isOver(event, now)).sort(byStart),
    past: events.filter((event) => isOver(event, now)).sort((a, b) => byStart(b, a)),
  };
}

/** The program office's queue: events waiting for approval, soonest first. */
export function pendingEvents(events: readonly EventResponse[]): EventResponse[] {
  return events
    .filter((event) => event.status === 'pending')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** When it is, in the page's language: "dinsdag 8 december 2026, 10:00–15:00", with both dates when it spans days. */
export function eventWhen(event: Pick<EventResponse, 'startsAt' | 'endsAt'>, lang: Locale): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const day = 'EEEE d MMMM y';
  const sameDay = formatDate(start, 'y-MM-dd', lang) === formatDate(end, 'y-MM-dd', lang);
  if (sameDay) {
    return `${formatDate(start, day, lang)}, ${formatDate(start, 'HH:mm', lang)}–${formatDate(end, 'HH:mm', lang)}`;
  }
  const moment = 'EEEE d MMMM y, HH:mm';
  return `${formatDate(start, moment, lang)} – ${formatDate(end, moment, lang)}`;
}

/**
 * Who may add and manage events: members of a company who manage its vacancies (their company's events, after the
 * program office approves them), and the program office (published at once). Schools cannot (the API refuses).
 */
export function canOrganizeEvents(user: MeResponse | null): boolean {
  return Boolean(
    user &&
    (user.permissions.includes('organization.verify') ||
      (user.permissions.includes('vacancy.manage') && membershipOf(user, 'company') !== null)),
  );
}

/** The company a member adds events for; null for the program office. */
export function organizingCompany(user: MeResponse | null): { id: string; verified: boolean } | null {
  if (!user || user.permissions.includes('organization.verify')) {
    return null;
  }
  const membership = membershipOf(user, 'company');
  return membership ? { id: membership.organizationId, verified: membership.verified } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The editor's form

/** What the editor's controls hold: dates and times as Date (the browser's local time), the place as an option. */
export interface EventFormValue {
  kind: EventKind | null;
  title: string;
  description: string;
  startDate: Date | null;
  startTime: Date | null;
  endDate: Date | null;
  endTime: Date | null;
  place: PlaceOption | null;
  address: string;
  /** Empty: no limit. */
  capacity: number | null;
}

export const EMPTY_EVENT_FORM: Readonly<EventFormValue> = {
  kind: null,
  title: '',
  description: '',
  startDate: null,
  startTime: null,
  endDate: null,
  endTime: null,
  place: null,
  address: '',
  capacity: null,
};

/** API field names (as in ErrorResponse details) → the editor's control names. */
export const EVENT_FIELD_CONTROLS: Readonly<Record<string, keyof EventFormValue>> = {
  kind: 'kind',
  title: 'title',
  description: 'description',
  startsAt: 'startTime',
  endsAt: 'endTime',
  placeId: 'place',
  address: 'address',
  capacity: 'capacity',
};

function isValidDate(value: Date | null): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The day of `date` at the hour and minute of `time` (local time), or null while either is missing. */
export function atTime(date: Date | null, time: Date | null): Date | null {
  if (!isValidDate(date) || !isValidDate(time)) {
    return null;
  }
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), time.getHours(), time.getMinutes());
}

/** The start and end as moments (null while incomplete). */
export function eventMoments(value: Pick<EventFormValue, 'startDate' | 'startTime' | 'endDate' | 'endTime'>): {
  start: Date | null;
  end: Date | null;
} {
  return {
    start: atTime(value.startDate, value.startTime),
    end: atTime(value.endDate ?? value.startDate, value.endTime),
  };
}

/** Whether the end comes after the start (true while either is incomplete: the required fields say so then). */
export function endsAfterStart(
  value: Pick<EventFormValue, 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
): boolean {
  const { start, end } = eventMoments(value);
  return start === null || end === null || end.getTime() > start.getTime();
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The editor's value → what the API takes. Call it on a valid form: the required fields must be filled. */
export function eventFormToInput(value: EventFormValue): Omit<EventInput, 'organizationId'> {
  const { start, end } = eventMoments(value);
  if (value.kind === null || value.place === null || start === null || end === null) {
    throw new Error('The event form is incomplete: kind, place, start and end are required.');
  }
  return {
    kind: value.kind,
    title: value.title.trim(),
    description: value.description.trim(),
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    placeId: value.place.id,
    address: textOrNull(value.address),
    capacity: value.capacity ?? null,
  };
}

/** A saved event → the editor's value. */
export function eventToFormValue(event: EventResponse): EventFormValue {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    startDate: new Date(start.getFullYear(), start.getMonth(), start.getDate()),
    startTime: start,
    endDate: new Date(end.getFullYear(), end.getMonth(), end.getDate()),
    endTime: end,
    place: { id: event.place.id, name: event.place.name, municipality: event.place.municipality },
    address: event.address ?? '',
    capacity: event.capacity,
  };
}

/** Events that can still change: not cancelled, not rejected, not over. */
export function isEditable(event: Pick<EventResponse, 'status' | 'endsAt'>, now: Date): boolean {
  return (event.status === 'pending' || event.status === 'published') && !isOver(event, now);
}
