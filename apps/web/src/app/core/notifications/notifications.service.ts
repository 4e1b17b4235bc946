import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { API_ROUTES, NotificationListResponse } from '@techzone/contracts';
import {
  catchError,
  distinctUntilChanged,
  EMPTY,
  map,
  merge,
  Observable,
  startWith,
  Subject,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { apiUrl } from '../api/api-url';
import { AuthService } from '../auth/auth.service';

/** How often the bell asks for new notifications while someone is logged in. */
export const NOTIFICATION_POLL_MS = 60_000;

/** The in-app notifications of the logged-in user: polled every minute, refreshed after the user's own actions. */
@Injectable({ providedIn: 'root' })
export class NotificationsService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthService);
  private readonly state = signal<NotificationListResponse | null>(null);
  private readonly refreshes = new Subject<void>();

  readonly items = computed(() => this.state()?.items ?? []);
  readonly unread = computed(() => this.state()?.unread ?? 0);

  constructor() {
    toObservable(computed(() => this.auth.user()?.id ?? null))
      .pipe(
        distinctUntilChanged(),
        switchMap((userId) => {
          this.state.set(null);
          if (userId === null) {
            return EMPTY;
          }
          return merge(timer(NOTIFICATION_POLL_MS, NOTIFICATION_POLL_MS), this.refreshes).pipe(
            startWith(undefined),
            switchMap(() => this.fetch()),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((list) => this.state.set(list));
  }

  /** Ask now (e.g. after the user moved an application), instead of waiting for the next poll. */
  refresh(): void {
    this.refreshes.next();
  }

  markRead(id: string): Observable<void> {
    const item = this.items().find((notification) => notification.id === id);
    if (!item || item.readAt !== null) {
      return this.post(`${API_ROUTES.notifications}/${encodeURIComponent(id)}/read`);
    }
    const now = new Date().toISOString();
    this.state.update((state) =>
      state
        ? {
            items: state.items.map((notification) =>
              notification.id === id ? { ...notification, readAt: now } : notification,
            ),
            unread: Math.max(0, state.unread - 1),
          }
        : state,
    );
    return this.post(`${API_ROUTES.notifications}/${encodeURIComponent(id)}/read`);
  }

  markAllRead(): Observable<void> {
    const now = new Date().toISOString();
    this.state.update((state) =>
      state
        ? {
            items: state.items.map((notification) => ({ ...notification, readAt: notification.readAt ?? now })),
            unread: 0,
          }
        : state,
    );
    return this.post(`${API_ROUTES.notifications}/read-all`).pipe(tap(() => this.refresh()));
  }

  private post(route: string): Observable<void> {
    return this.http.post<void>(apiUrl(route), null).pipe(map(() => undefined));
  }

  /** A failed poll keeps what the bell shows; the next one tries again. */
  private fetch(): Observable<NotificationListResponse> {
    return this.http.get<NotificationListResponse>(apiUrl(API_ROUTES.notifications)).pipe(catchError(() => EMPTY));
  }
}
