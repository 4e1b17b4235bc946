import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AuthResponse, LoginRequest } from '@techzone/contracts';
import { newUser } from '../../testing/factories';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

function authResponse(accessToken: string): AuthResponse {
  return { accessToken, expiresIn: 900, user: newUser() };
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
  });

  afterEach(() => {
    backend.verify();
    auth.clear();
  });

  function logIn(token: string): void {
    auth.login({ email: 'a@example.nl', password: 'x' } satisfies LoginRequest).subscribe();
    backend.expectOne('/api/auth/login').flush(authResponse(token));
  }

  it('should send the access token as a bearer token on API calls only', () => {
    logIn('token-1');

    http.get('/api/organizations/1').subscribe();
    http.get('/i18n/nl.json').subscribe();

    expect(backend.expectOne('/api/organizations/1').request.headers.get('Authorization')).toBe('Bearer token-1');
    expect(backend.expectOne('/i18n/nl.json').request.headers.has('Authorization')).toBe(false);
  });

  it('should refresh once on a 401 and retry the call with the new token', () => {
    logIn('old');
    let body: unknown;

    http.get('/api/auth/me').subscribe((response) => (body = response));
    backend.expectOne('/api/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush(authResponse('new'));
    const retry = backend.expectOne('/api/auth/me');
    retry.flush({ ok: true });

    expect(retry.request.headers.get('Authorization')).toBe('Bearer new');
    expect(body).toEqual({ ok: true });
  });

  it('should go to login when the refresh fails', () => {
    logIn('old');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    let failed = false;

    http.get('/api/organizations/1').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/organizations/1').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(failed).toBe(true);
    expect(auth.isAuthenticated()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.anything());
  });

  it('should not try a refresh when the login itself answers 401', () => {
    let status = 0;

    auth.login({ email: 'a@example.nl', password: 'wrong' }).subscribe({
      error: (error: { status: number }) => (status = error.status),
    });
    backend.expectOne('/api/auth/login').flush(null, { status: 401, statusText: 'Unauthorized' });

    expect(status).toBe(401);
  });
});
