import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CreateVacancyRequest,
  UpdateVacancyRequest,
  VacancyDetailResponse,
  VacancyStatus,
  VacancySummaryResponse,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** A company's own vacancies: list every status, write, publish, close. */
@Injectable({ providedIn: 'root' })
export class CompanyVacanciesApi {
  private readonly http = inject(HttpClient);

  listUrl(organizationId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(organizationId)}/vacancies`);
  }

  list(organizationId: string, status?: VacancyStatus): Observable<VacancySummaryResponse[]> {
    return this.http.get<VacancySummaryResponse[]>(this.listUrl(organizationId), {
      params: status ? { status } : {},
    });
  }

  get(id: string): Observable<VacancyDetailResponse> {
    return this.http.get<VacancyDetailResponse>(this.url(id));
  }

  create(request: CreateVacancyRequest): Observable<VacancyDetailResponse> {
    return this.http.post<VacancyDetailResponse>(apiUrl(API_ROUTES.vacancies), request);
  }

  update(id: string, request: UpdateVacancyRequest): Observable<VacancyDetailResponse> {
    return this.http.patch<VacancyDetailResponse>(this.url(id), request);
  }

  publish(id: string): Observable<VacancyDetailResponse> {
    return this.http.post<VacancyDetailResponse>(`${this.url(id)}/publish`, null);
  }

  close(id: string): Observable<VacancyDetailResponse> {
    return this.http.post<VacancyDetailResponse>(`${this.url(id)}/close`, null);
  }

  private url(id: string): string {
    return apiUrl(`${API_ROUTES.vacancies}/${encodeURIComponent(id)}`);
  }
}
