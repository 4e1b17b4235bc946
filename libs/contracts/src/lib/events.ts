/**
 * Regional events: open days, company visits, career fairs, workshops. The program office publishes them directly;
 * companies add their own, which the program office approves first. Students and vakmensen sign up; the organiser
 * sees who comes.
 */
export const EVENT_KINDS = ['open_day', 'company_visit', 'career_fair', 'workshop'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_STATUSES = ['pending', 'published', 'rejected', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_LIMITS = {
  titleMax: 160,
  descriptionMax: 4000,
  addressMax: 200,
  capacityMax: 5000,
  reviewNoteMax: 500,
} as const;

export interface EventInput {
  kind: EventKind;
  title: string;
  description: string;
  /** ISO date-times. */
  startsAt: string;
  endsAt: string;
  placeId: number;
  address?: string | null;
  /** Places available; null: no limit. */
  capacity?: number | null;
  /** For a company member: the company that organises it. */
  organizationId?: string | null;
}

export type EventUpdate = Partial<Omit<EventInput, 'organizationId'>>;

export interface EventResponse {
  id: string;
  kind: EventKind;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: { id: number; name: string; municipality: string };
  address: string | null;
  capacity: number | null;
  signups: number;
  status: EventStatus;
  organizer: { id: string; name: string } | null;
  /** Whether the viewer has signed up. */
  signedUp: boolean;
  /** The viewer may edit, cancel and see who signed up. */
  canManage: boolean;
  /** Why the program office did not approve it; only for those who manage the event (else null). */
  reviewNote: string | null;
}

/** The program office's reason when it does not approve a company's event (optional). */
export interface RejectEventRequest {
  note?: string;
}

export interface EventListQuery {
  kind?: EventKind;
  municipality?: string;
}

export interface EventAttendeeResponse {
  userId: string;
  name: string;
  signedUpAt: string;
}
