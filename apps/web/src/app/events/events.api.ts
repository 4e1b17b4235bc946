import { HttpClient, HttpResourceRequest } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, EventInput, EventResponse, EventUpdate } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';
import { EventFilters, eventFiltersToApiParams } from './events';

/** The regional events: the public agenda, a candidate's sign-ups, the organisers' events and the approval queue. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/events (upcoming published events) for `httpResource`. */
  upcoming(filters: EventFilters): HttpResourceRequest {
    return { url: apiUrl(API_ROUTES.events), params: eventFiltersToApiParams(filters) };
  }

  eventUrl(id: string): string {
    return apiUrl(`${API_ROUTES.events}/${encodeURIComponent(id)}`);
  }

  /** GET /api/me/events: the events a candidate signed up for. */
  mineUrl(): string {
    return apiUrl(API_ROUTES.me.events);
  }

  /** GET /api/events/managed: a company's own events, or every event for the program office. */
  managedUrl(): string {
    return apiUrl(`${API_ROUTES.events}/managed`);
  }

  attendeesUrl(id: string): string {
    return `${this.eventUrl(id)}/attendees`;
  }

  get(id: string): Observable<EventResponse> {
    return this.http.get<EventResponse>(this.eventUrl(id));
  }

  create(input: EventInput): Observable<EventResponse> {
    return this.http.post<EventResponse>(apiUrl(API_ROUTES.events), input);
  }

  update(id: string, update: EventUpdate): Observable<EventResponse> {
    return this.http.patch<EventResponse>(this.eventUrl(id), update);
  }

  cancel(id: string): Observable<EventResponse> {
    return this.http.post<EventResponse>(`${this.eventUrl(id)}/cancel`, null);
  }

  signUp(id: string): Observable<EventResponse> {
    return this.http.post<EventResponse>(`${this.eventUrl(id)}/signup`, null);
  }

  cancelSignup(id: string): Observable<EventResponse> {
    return this.http.delete<EventResponse>(`${this.eventUrl(id)}/signup`);
  }

  /** The program office approves (publishes) or rejects a company's event, with a reason for the organiser. */
  review(id: string, approve: boolean, note?: string): Observable<EventResponse> {
    return this.http.post<EventResponse>(
      apiUrl(`${API_ROUTES.admin.events}/${encodeURIComponent(id)}/${approve ? 'approve' : 'reject'}`),
      approve ? null : note ? { note } : {},
    );
  }
}
