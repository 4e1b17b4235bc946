import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, PasswordResetConfirmRequest, PasswordResetRequest } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** Asking for a password-reset link, and setting a new password with it. */
@Injectable({ providedIn: 'root' })
export class PasswordResetApi {
  private readonly http = inject(HttpClient);

  request(body: PasswordResetRequest): Observable<void> {
    return this.http.post<void>(apiUrl(`${API_ROUTES.auth.base}/password-reset`), body);
  }

  confirm(body: PasswordResetConfirmRequest): Observable<void> {
    return this.http.post<void>(apiUrl(`${API_ROUTES.auth.base}/password-reset/confirm`), body);
  }
}
