import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CompanyRankingRequest,
  CompanyRoundVacancyResponse,
  CreateRoundRequest,
  MyRoundResponse,
  PublishRoundRequest,
  RankingRequest,
  RoundDetailResponse,
  RoundRunDetailResponse,
  RunRoundRequest,
  UpdateRoundRequest,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/api/api-url';

const part = encodeURIComponent;

/**
 * Placement rounds: the school's coordinator sets one up, runs and publishes the allocation; the cohort's students
 * rank the places; the companies rank the students who chose them.
 */
@Injectable({ providedIn: 'root' })
export class RoundsApi {
  private readonly http = inject(HttpClient);

  /** GET: a school's rounds (coordinator). */
  schoolRoundsUrl(schoolId: string): string {
    return apiUrl(`${API_ROUTES.schools}/${part(schoolId)}/rounds`);
  }

  /** GET: a school's programmes with their cohorts (for the new-round form). */
  programsUrl(schoolId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${part(schoolId)}/programs`);
  }

  /** GET: one round with its places, students and runs (coordinator). */
  roundUrl(id: string): string {
    return apiUrl(`${API_ROUTES.rounds}/${part(id)}`);
  }

  runUrl(id: string, runId: string): string {
    return `${this.roundUrl(id)}/runs/${part(runId)}`;
  }

  /** GET: the rounds of the student's cohort. */
  myRoundsUrl(): string {
    return apiUrl(API_ROUTES.me.rounds);
  }

  myRoundUrl(id: string): string {
    return apiUrl(`${API_ROUTES.me.rounds}/${part(id)}`);
  }

  /** GET: the rounds in which the company has vacancies, with the students who chose them. */
  companyRoundsUrl(companyId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${part(companyId)}/rounds`);
  }

  create(schoolId: string, request: CreateRoundRequest): Observable<RoundDetailResponse> {
    return this.http.post<RoundDetailResponse>(this.schoolRoundsUrl(schoolId), request);
  }

  update(id: string, request: UpdateRoundRequest): Observable<RoundDetailResponse> {
    return this.http.patch<RoundDetailResponse>(this.roundUrl(id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.roundUrl(id));
  }

  run(id: string, request: RunRoundRequest): Observable<RoundRunDetailResponse> {
    return this.http.post<RoundRunDetailResponse>(`${this.roundUrl(id)}/runs`, request);
  }

  publish(id: string, request: PublishRoundRequest): Observable<RoundDetailResponse> {
    return this.http.post<RoundDetailResponse>(`${this.roundUrl(id)}/publish`, request);
  }

  rank(id: string, request: RankingRequest): Observable<MyRoundResponse> {
    return this.http.put<MyRoundResponse>(`${this.myRoundUrl(id)}/ranking`, request);
  }

  companyRank(id: string, vacancyId: string, request: CompanyRankingRequest): Observable<CompanyRoundVacancyResponse> {
    return this.http.put<CompanyRoundVacancyResponse>(
      `${this.roundUrl(id)}/vacancies/${part(vacancyId)}/ranking`,
      request,
    );
  }
}
