import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, DestroyRef, DOCUMENT, inject, Injectable, signal } from '@angular/core';
import {
  API_ROUTES,
  AuthResponse,
  LoginRequest,
  MeResponse,
  Permission,
  RegisterRequest,
  SESSION_HINT_COOKIE,
  UpdateMeRequest,
} from '@techzone/contracts';
import { catchError, finalize, firstValueFrom, map, Observable, of, shareReplay, tap, throwError } from 'rxjs';
import { apiUrl } from '../api/api-url';

interface Session {
  accessToken: string;
  user: MeResponse;
}

/** Refresh this many seconds before the access token expires. */
const REFRESH_MARGIN_SECONDS = 30;
const MIN_REFRESH_DELAY_SECONDS = 5;

/**
 * The session: the access token lives in memory only (never in storage); the refresh token is an httpOnly
 * cookie the browser sends to /api/auth/refresh.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly session = signal<Session | null>(null);
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshInFlight: Observable<AuthResponse> | null = null;

  readonly user = computed(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);
  readonly permissions = computed<readonly Permission[]>(() => this.user()?.permissions ?? []);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancelRefreshTimer());
  }

  can(permission: Permission): boolean {
    return this.permissions().includes(permission);
  }

  login(request: LoginRequest): Observable<MeResponse> {
    return this.http
      .post<AuthResponse>(apiUrl(API_ROUTES.auth.login), request)
      .pipe(map((response) => this.start(response)));
  }

  register(request: RegisterRequest): Observable<MeResponse> {
    return this.http
      .post<AuthResponse>(apiUrl(API_ROUTES.auth.register), request)
      .pipe(map((response) => this.start(response)));
  }

  /** Exchanges the refresh cookie for a new access token. Concurrent callers share one request. */
  refresh(): Observable<AuthResponse> {
    this.refreshInFlight ??= this.http.post<AuthResponse>(apiUrl(API_ROUTES.auth.refresh), null).pipe(
      tap((response) => this.start(response)),
      catchError((error: unknown) => {
        // A network failure keeps the session; a refusal (401/403) ends it.
        if (error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500) {
          this.clear();
        }
        return throwError(() => error);
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * Called once at start-up: restores the session from the refresh cookie; a 401 silently means "logged out".
   * Without the session hint cookie there is no session to restore, and no request is made.
   */
  restoreSession(): Promise<MeResponse | null> {
    if (!this.mayHaveSession()) {
      return Promise.resolve(null);
    }
    return firstValueFrom(
      this.refresh().pipe(
        map((response) => response.user),
        catchError(() => of(null)),
      ),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(apiUrl(API_ROUTES.auth.logout), null).pipe(
      catchError(() => of(undefined)),
      map(() => undefined),
      finalize(() => this.clear()),
    );
  }

  updateMe(request: UpdateMeRequest): Observable<MeResponse> {
    return this.http.patch<MeResponse>(apiUrl(API_ROUTES.auth.me), request).pipe(tap((user) => this.setUser(user)));
  }

  /** Reads the logged-in user again, e.g. after an e-mailed link confirmed their address. */
  reloadMe(): Observable<MeResponse> {
    return this.http.get<MeResponse>(apiUrl(API_ROUTES.auth.me)).pipe(tap((user) => this.setUser(user)));
  }

  private mayHaveSession(): boolean {
    const cookies = this.document.cookie ?? '';
    return cookies.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
  }

  /** Forgets the session locally (e.g. after a failed refresh). */
  clear(): void {
    this.cancelRefreshTimer();
    this.session.set(null);
  }

  private setUser(user: MeResponse): void {
    this.session.update((session) => (session ? { ...session, user } : session));
  }

  private start(response: AuthResponse): MeResponse {
    this.session.set({ accessToken: response.accessToken, user: response.user });
    this.scheduleRefresh(response.expiresIn);
    return response.user;
  }

  private scheduleRefresh(expiresInSeconds: number): void {
    this.cancelRefreshTimer();
    const delaySeconds = Math.max(MIN_REFRESH_DELAY_SECONDS, expiresInSeconds - REFRESH_MARGIN_SECONDS);
    this.refreshTimer = setTimeout(() => {
      this.refresh().subscribe({ error: () => undefined });
    }, delaySeconds * 1000);
  }

  private cancelRefreshTimer(): void {
    if (this.refreshTimer !== undefined) {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = undefined;
    }
  }
}
