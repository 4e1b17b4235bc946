import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** Confirming the account's e-mail address with the e-mailed link, and asking for a new link. */
@Injectable({ providedIn: 'root' })
export class EmailVerificationApi {
  private readonly http = inject(HttpClient);

  resend(): Observable<void> {
    return this.http.post<void>(apiUrl(`${API_ROUTES.auth.base}/email-verification`), null);
  }

  confirm(token: string): Observable<void> {
    return this.http.post<void>(apiUrl(`${API_ROUTES.auth.base}/email-verification/confirm`), { token });
  }
}
