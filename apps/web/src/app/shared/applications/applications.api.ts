import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  ApplicationResponse,
  CreateApplicationRequest,
  MessageRequest,
  TransitionRequest,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/api/api-url';

/** Applications: a candidate applies and follows them; a company works its board. Both sides message and move them. */
@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);

  mineUrl(): string {
    return apiUrl(API_ROUTES.me.applications);
  }

  url(id: string): string {
    return apiUrl(`${API_ROUTES.applications}/${encodeURIComponent(id)}`);
  }

  /** The applications to one vacancy (the company's board). */
  boardUrl(vacancyId: string): string {
    return apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(vacancyId)}/applications`);
  }

  responsivenessUrl(companyId: string): string {
    return apiUrl(`${API_ROUTES.companies}/${encodeURIComponent(companyId)}/responsiveness`);
  }

  apply(vacancyId: string, request: CreateApplicationRequest): Observable<ApplicationResponse> {
    return this.http.post<ApplicationResponse>(this.boardUrl(vacancyId), request);
  }

  get(id: string): Observable<ApplicationResponse> {
    return this.http.get<ApplicationResponse>(this.url(id));
  }

  transition(id: string, request: TransitionRequest): Observable<ApplicationResponse> {
    return this.http.patch<ApplicationResponse>(this.url(id), request);
  }

  message(id: string, request: MessageRequest): Observable<ApplicationResponse> {
    return this.http.post<ApplicationResponse>(`${this.url(id)}/messages`, request);
  }
}
