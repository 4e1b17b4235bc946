import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import localeNl from '@angular/common/locales/nl';
import { TestBed } from '@angular/core/testing';
import { EventResponse } from '@techzone/contracts';
import { newAdmin, newCompanyOwner, newMembership, newUser } from '../testing/factories';
import {
  atTime,
  availabilityText,
  canOrganizeEvents,
  EMPTY_EVENT_FORM,
  endsAfterStart,
  eventFiltersFromParams,
  eventFiltersToApiParams,
  eventFiltersToParams,
  eventFormToInput,
  EventFormValue,
  eventToFormValue,
  eventWhen,
  isEditable,
  organizingCompany,
  pendingEvents,
  placesLeft,
  splitByTime,
} from './events';
import { EventsApi } from './events.api';

registerLocaleData(localeNl);

let sequence = 0;

function newEvent(overrides: Partial<EventResponse> = {}): EventResponse {
  sequence += 1;
  return {
    id: `event-${sequence}`,
    kind: 'open_day',
    title: `Open dag ${sequence}`,
    description: 'Kijk rond in de werkplaats.',
    startsAt: '2026-12-08T09:00:00.000Z',
    endsAt: '2026-12-08T14:00:00.000Z',
    place: { id: 42, name: 'Emmen', municipality: 'Emmen' },
    address: 'Phoenixweg 12',
    capacity: 20,
    signups: 0,
    status: 'published',
    organizer: { id: 'org-1', name: 'Hondsrug Metaaltechniek B.V.' },
    signedUp: false,
    canManage: false,
    reviewNote: null,
    ...overrides,
  };
}

function newEventForm(overrides: Partial<EventFormValue> = {}): EventFormValue {
  return {
    ...EMPTY_EVENT_FORM,
    kind: 'company_visit',
    title: '  Bedrijfsbezoek lasafdeling ',
    description: ' Rondleiding en proeflassen. ',
    startDate: new Date(2026, 11, 8),
    startTime: new Date(2000, 0, 1, 13, 30),
    endDate: new Date(2026, 11, 8),
    endTime: new Date(2000, 0, 1, 16, 0),
    place: { id: 42, name: 'Emmen', municipality: 'Emmen' },
    address: ' ',
    capacity: 15,
    ...overrides,
  };
}

describe('event filters', () => {
  it('should keep the kind and municipality of a shared link', () => {
    expect(eventFiltersFromParams({ kind: 'career_fair', municipality: 'Coevorden' })).toEqual({
      kind: 'career_fair',
      municipality: 'Coevorden',
    });
  });

  it('should drop what the API would refuse instead of showing an error', () => {
    expect(eventFiltersFromParams({ kind: 'party', municipality: 'Amsterdam' })).toEqual({
      kind: null,
      municipality: null,
    });
    expect(eventFiltersFromParams({ kind: ['open_day', 'workshop'] }).kind).toBeNull();
  });

  it('should write unset filters as no parameter, to the URL and to the API', () => {
    const filters = { kind: null, municipality: 'Emmen' };
    expect(eventFiltersToParams(filters)).toEqual({ kind: null, municipality: 'Emmen' });
    expect(eventFiltersToApiParams(filters)).toEqual({ municipality: 'Emmen' });
    const api = TestBed.configureTestingModule({ providers: [provideHttpClient()] }).inject(EventsApi);
    expect(api.upcoming({ kind: 'workshop', municipality: null })).toEqual({
      url: '/api/events',
      params: { kind: 'workshop' },
    });
  });
});

describe('places left', () => {
  it('should count down to full, and say so when there is no limit', () => {
    expect(placesLeft(newEvent({ capacity: 20, signups: 8 }))).toBe(12);
    expect(availabilityText(newEvent({ capacity: 20, signups: 8 }))).toEqual({
      key: 'events.places.left',
      params: { count: 12 },
    });
    expect(availabilityText(newEvent({ capacity: 20, signups: 19 })).key).toBe('events.places.leftOne');
    expect(availabilityText(newEvent({ capacity: 20, signups: 20 })).key).toBe('events.places.full');
    expect(placesLeft(newEvent({ capacity: 5, signups: 7 }))).toBe(0);
    expect(placesLeft(newEvent({ capacity: null, signups: 300 }))).toBeNull();
    expect(availabilityText(newEvent({ capacity: null })).key).toBe('events.places.unlimited');
  });
});

describe('event times', () => {
  it('should say the day once for a one-day event, in the language of the page', () => {
    const event = newEvent({ startsAt: '2026-12-08T09:00:00.000Z', endsAt: '2026-12-08T14:00:00.000Z' });
    const time = (iso: string) => new Date(iso).toTimeString().slice(0, 5);
    expect(eventWhen(event, 'nl')).toMatch(/^dinsdag 8 december 2026, \d\d:\d\d–\d\d:\d\d$/);
    expect(eventWhen(event, 'nl')).toContain(`${time(event.startsAt)}–${time(event.endsAt)}`);
    expect(eventWhen(event, 'en')).toMatch(/^Tuesday 8 December 2026, \d\d:\d\d–\d\d:\d\d$/);
  });

  it('should give both days of an event that spans several', () => {
    const event = newEvent({ startsAt: '2026-12-08T09:00:00.000Z', endsAt: '2026-12-10T15:00:00.000Z' });
    expect(eventWhen(event, 'nl')).toMatch(
      /^dinsdag 8 december 2026, \d\d:\d\d – donderdag 10 december 2026, \d\d:\d\d$/,
    );
  });

  it('should put coming events soonest first and past ones most recent first', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const past = newEvent({ startsAt: '2026-11-20T09:00:00Z', endsAt: '2026-11-20T12:00:00Z' });
    const older = newEvent({ startsAt: '2026-10-20T09:00:00Z', endsAt: '2026-10-20T12:00:00Z' });
    const later = newEvent({ startsAt: '2027-01-20T09:00:00Z', endsAt: '2027-01-20T12:00:00Z' });
    const soon = newEvent({ startsAt: '2026-12-02T09:00:00Z', endsAt: '2026-12-02T12:00:00Z' });
    // Still going on: not past yet.
    const ongoing = newEvent({ startsAt: '2026-12-01T09:00:00Z', endsAt: '2026-12-01T15:00:00Z' });
    const { coming, past: gone } = splitByTime([past, later, older, soon, ongoing], now);
    expect(coming.map((e) => e.id)).toEqual([ongoing.id, soon.id, later.id]);
    expect(gone.map((e) => e.id)).toEqual([past.id, older.id]);
  });

  it('should only let organisers change events that are still pending or published and not over', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(isEditable(newEvent({ status: 'pending' }), now)).toBe(true);
    expect(isEditable(newEvent({ status: 'published' }), now)).toBe(true);
    expect(isEditable(newEvent({ status: 'cancelled' }), now)).toBe(false);
    expect(isEditable(newEvent({ status: 'rejected' }), now)).toBe(false);
    expect(isEditable(newEvent({ endsAt: '2026-11-30T12:00:00Z' }), now)).toBe(false);
  });
});

describe('the approval queue', () => {
  it('should list only the events waiting for approval, soonest first', () => {
    const later = newEvent({ status: 'pending', startsAt: '2027-02-01T09:00:00Z' });
    const sooner = newEvent({ status: 'pending', startsAt: '2027-01-01T09:00:00Z' });
    const list = [later, newEvent(), newEvent({ status: 'rejected' }), sooner, newEvent({ status: 'cancelled' })];
    expect(pendingEvents(list).map((e) => e.id)).toEqual([sooner.id, later.id]);
  });
});

describe('who organises events', () => {
  it('should let company members who manage vacancies and the program office organise, nobody else', () => {
    expect(canOrganizeEvents(newCompanyOwner(true))).toBe(true);
    expect(canOrganizeEvents(newAdmin())).toBe(true);
    expect(canOrganizeEvents(newUser())).toBe(false);
    expect(canOrganizeEvents(null)).toBe(false);
    // A mentor (praktijkopleider) and a school coordinator cannot.
    expect(
      canOrganizeEvents(
        newUser({ roles: ['company_mentor'], memberships: [newMembership({ kind: 'company', role: 'mentor' })] }),
      ),
    ).toBe(false);
    expect(
      canOrganizeEvents(
        newUser({
          roles: ['school_coordinator'],
          memberships: [newMembership({ kind: 'school', role: 'coordinator' })],
        }),
      ),
    ).toBe(false);
  });

  it('should add a company event for the member own company, and the program office event for nobody', () => {
    expect(organizingCompany(newCompanyOwner(false))).toEqual({ id: 'org-1', verified: false });
    expect(organizingCompany(newAdmin())).toBeNull();
  });
});

describe('event form → request', () => {
  it('should join date and time into moments, trim texts and leave an empty address out', () => {
    const input = eventFormToInput(newEventForm());
    expect(input).toEqual({
      kind: 'company_visit',
      title: 'Bedrijfsbezoek lasafdeling',
      description: 'Rondleiding en proeflassen.',
      startsAt: new Date(2026, 11, 8, 13, 30).toISOString(),
      endsAt: new Date(2026, 11, 8, 16, 0).toISOString(),
      placeId: 42,
      address: null,
      capacity: 15,
    });
  });

  it('should send no limit when the capacity is empty', () => {
    expect(eventFormToInput(newEventForm({ capacity: null })).capacity).toBeNull();
  });

  it('should refuse an incomplete form, and see an end before the start', () => {
    expect(() => eventFormToInput(newEventForm({ place: null }))).toThrow();
    expect(() => eventFormToInput(newEventForm({ startTime: null }))).toThrow();
    expect(endsAfterStart(newEventForm({ endTime: new Date(2000, 0, 1, 13, 0) }))).toBe(false);
    expect(endsAfterStart(newEventForm({ endDate: new Date(2026, 11, 9), endTime: new Date(2000, 0, 1, 9, 0) }))).toBe(
      true,
    );
    // Incomplete: the required fields say what is missing, not the order.
    expect(endsAfterStart(newEventForm({ endTime: null }))).toBe(true);
    expect(atTime(new Date(Number.NaN), new Date())).toBeNull();
  });

  it('should give back the same request after a save and reload (round trip)', () => {
    const input = eventFormToInput(newEventForm({ address: 'Phoenixweg 12' }));
    const saved = newEvent({
      kind: input.kind,
      title: input.title,
      description: input.description,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      address: input.address ?? null,
      capacity: input.capacity ?? null,
    });
    expect(eventFormToInput(eventToFormValue(saved))).toEqual(input);
  });
});
