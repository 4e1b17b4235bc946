import { isPlatformServer } from '@angular/common';
import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject, PLATFORM_ID } from '@angular/core';
import { Router } from '@angular/router';
import { API_ROUTES } from '@techzone/contracts';
import { catchError, switchMap, throwError } from 'rxjs';
import { apiUrl, isApiUrl } from '../api/api-url';
import { AuthService } from './auth.service';

/** Auth endpoints whose 401 means "wrong credentials" or "no session", never "try a refresh". */
const NO_RETRY_URLS: readonly string[] = [
  API_ROUTES.auth.login,
  API_ROUTES.auth.register,
  API_ROUTES.auth.refresh,
  API_ROUTES.auth.logout,
].map(apiUrl);

function withToken<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/** Adds the bearer token to API calls; on a 401 refreshes once and retries once, else sends the user to login. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiUrl(request.url)) {
    return next(request);
  }
  const auth = inject(AuthService);
  const router = inject(Router);
  const sent = withToken(request, auth.accessToken());
  // The server renders public pages without a session: a 401 there is the answer, not a reason to log in.
  if (NO_RETRY_URLS.includes(request.url.split('?')[0]) || isPlatformServer(inject(PLATFORM_ID))) {
    return next(sent);
  }
  return next(sent).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return auth.refresh().pipe(
        catchError(() => {
          const returnUrl = router.url;
          void router.navigate(['/login'], { queryParams: returnUrl.startsWith('/login') ? {} : { returnUrl } });
          return throwError(() => error);
        }),
        switchMap((response) => next(withToken(request, response.accessToken))),
      );
    }),
  );
};
