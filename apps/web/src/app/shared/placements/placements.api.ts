import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AgreementResponse,
  API_ROUTES,
  EvaluationKind,
  EvaluationRequest,
  EvaluationResponse,
  GuardianAgreementResponse,
  GuardianInviteRequest,
  GuardianSignRequest,
  HoursEntryRequest,
  HoursProgressResponse,
  HoursReviewRequest,
  Locale,
  MisconductReportRequest,
  PlacementOverviewQuery,
  PlacementResponse,
  ReportResponse,
  UpdatePlacementRequest,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/api/api-url';

/** Placements (stages): the placement, its agreement (POK), hours, evaluations, problems; and misconduct reports. */
@Injectable({ providedIn: 'root' })
export class PlacementsApi {
  private readonly http = inject(HttpClient);

  url(id: string, rest = ''): string {
    return apiUrl(`${API_ROUTES.placements}/${encodeURIComponent(id)}${rest}`);
  }

  mineUrl(): string {
    return apiUrl(API_ROUTES.me.placements);
  }

  guidedUrl(): string {
    return apiUrl(API_ROUTES.me.guidedPlacements);
  }

  companyUrl(companyId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(companyId)}/placements`);
  }

  membersUrl(organizationId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(organizationId)}/members`);
  }

  programsUrl(schoolId: string): string {
    return apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(schoolId)}/programs`);
  }

  overviewUrl(schoolId: string): string {
    return apiUrl(`${API_ROUTES.schools}/${encodeURIComponent(schoolId)}/placement-overview`);
  }

  timelineUrl(schoolId: string, studentId: string): string {
    return apiUrl(
      `${API_ROUTES.schools}/${encodeURIComponent(schoolId)}/students/${encodeURIComponent(studentId)}/timeline`,
    );
  }

  schoolReportsUrl(schoolId: string): string {
    return apiUrl(`${API_ROUTES.schools}/${encodeURIComponent(schoolId)}/reports`);
  }

  allReportsUrl(): string {
    return apiUrl(API_ROUTES.admin.reports);
  }

  guardianUrl(token: string, rest = ''): string {
    return apiUrl(`${API_ROUTES.guardian}/${encodeURIComponent(token)}${rest}`);
  }

  update(id: string, request: UpdatePlacementRequest): Observable<PlacementResponse> {
    return this.http.patch<PlacementResponse>(this.url(id), request);
  }

  approve(id: string): Observable<PlacementResponse> {
    return this.http.post<PlacementResponse>(this.url(id, '/approve'), {});
  }

  reject(id: string, note: string): Observable<PlacementResponse> {
    return this.http.post<PlacementResponse>(this.url(id, '/reject'), { note });
  }

  assign(id: string, who: 'supervisor' | 'mentor', userId: string): Observable<PlacementResponse> {
    return this.http.put<PlacementResponse>(this.url(id, `/${who}`), { userId });
  }

  drawAgreement(id: string): Observable<AgreementResponse> {
    return this.http.post<AgreementResponse>(this.url(id, '/agreement'), {});
  }

  sign(id: string): Observable<AgreementResponse> {
    return this.http.post<AgreementResponse>(this.url(id, '/agreement/sign'), {});
  }

  inviteGuardian(id: string, request: GuardianInviteRequest): Observable<AgreementResponse> {
    return this.http.post<AgreementResponse>(this.url(id, '/agreement/guardian'), request);
  }

  agreementPdf(id: string, lang: Locale): Observable<Blob> {
    return this.http.get(this.url(id, '/agreement.pdf'), { params: { lang }, responseType: 'blob' });
  }

  logHours(id: string, weekStart: string, request: HoursEntryRequest): Observable<HoursProgressResponse> {
    return this.http.put<HoursProgressResponse>(this.url(id, `/hours/${encodeURIComponent(weekStart)}`), request);
  }

  reviewHours(id: string, weekStart: string, request: HoursReviewRequest): Observable<HoursProgressResponse> {
    return this.http.post<HoursProgressResponse>(
      this.url(id, `/hours/${encodeURIComponent(weekStart)}/review`),
      request,
    );
  }

  writeEvaluation(id: string, kind: EvaluationKind, request: EvaluationRequest): Observable<EvaluationResponse[]> {
    return this.http.put<EvaluationResponse[]>(this.url(id, `/evaluations/${kind}`), request);
  }

  cosignEvaluation(id: string, kind: EvaluationKind): Observable<EvaluationResponse[]> {
    return this.http.post<EvaluationResponse[]>(this.url(id, `/evaluations/${kind}/cosign`), {});
  }

  complete(id: string): Observable<PlacementResponse> {
    return this.http.post<PlacementResponse>(this.url(id, '/complete'), {});
  }

  terminate(id: string, reason: string): Observable<PlacementResponse> {
    return this.http.post<PlacementResponse>(this.url(id, '/terminate'), { reason });
  }

  reportProblem(id: string, description: string): Observable<ReportResponse[]> {
    return this.http.post<ReportResponse[]>(this.url(id, '/problems'), { description });
  }

  reportMisconduct(request: MisconductReportRequest): Observable<ReportResponse> {
    return this.http.post<ReportResponse>(apiUrl(API_ROUTES.me.reports), request);
  }

  overviewCsv(schoolId: string, query: PlacementOverviewQuery): Observable<Blob> {
    return this.http.get(`${this.overviewUrl(schoolId)}.csv`, {
      params: overviewParams(query),
      responseType: 'blob',
    });
  }

  guardianSign(token: string, request: GuardianSignRequest): Observable<GuardianAgreementResponse> {
    return this.http.post<GuardianAgreementResponse>(this.guardianUrl(token, '/sign'), request);
  }

  guardianPdf(token: string, lang: Locale): Observable<Blob> {
    return this.http.get(this.guardianUrl(token, '/agreement.pdf'), { params: { lang }, responseType: 'blob' });
  }
}

/** The overview's filters as query parameters (empty ones left out). */
export function overviewParams(query: PlacementOverviewQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value !== '') {
      params = params.set(key, value);
    }
  }
  return params;
}

/** The agreement's PDF as it is saved, per language. */
export const AGREEMENT_FILE_NAMES: Readonly<Record<Locale, string>> = {
  nl: 'praktijkovereenkomst.pdf',
  en: 'placement-agreement.pdf',
};

/** Saves a downloaded file (a PDF or CSV fetched with the bearer token) under a file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
