import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** Findable candidates who fit a company's vacancy, and inviting them to apply. */
@Injectable({ providedIn: 'root' })
export class CandidatesApi {
  private readonly http = inject(HttpClient);

  /** GET: the best fitting candidates who opted in to be found (at most 20, best first). */
  listUrl(vacancyId: string): string {
    return apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(vacancyId)}/candidates`);
  }

  /** Sends the candidate a notification inviting them to apply; inviting twice changes nothing. */
  invite(vacancyId: string, userId: string): Observable<void> {
    return this.http.post<void>(`${this.listUrl(vacancyId)}/${encodeURIComponent(userId)}/invite`, null);
  }
}
