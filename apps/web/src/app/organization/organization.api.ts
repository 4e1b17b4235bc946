import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  CohortInput,
  CohortResponse,
  InvitationRequest,
  InvitationResponse,
  OrganizationMemberResponse,
  OrganizationProfileResponse,
  ProgramInput,
  ProgramResponse,
  UpdateOrganizationRequest,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

/** The own organisation: profile, logo, members and invitations, and (schools) programmes with cohorts. */
@Injectable({ providedIn: 'root' })
export class OrganizationApi {
  private readonly http = inject(HttpClient);

  url(id: string, path = ''): string {
    return apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(id)}${path}`);
  }

  update(id: string, request: UpdateOrganizationRequest): Observable<OrganizationProfileResponse> {
    return this.http.patch<OrganizationProfileResponse>(this.url(id), request);
  }

  /** The raw image as the body; the browser sends the file's own type (image/png, image/jpeg or image/webp). */
  uploadLogo(id: string, file: File): Observable<void> {
    return this.http.put<void>(this.url(id, '/logo'), file, { headers: { 'Content-Type': file.type } });
  }

  deleteLogo(id: string): Observable<void> {
    return this.http.delete<void>(this.url(id, '/logo'));
  }

  members(id: string): Observable<OrganizationMemberResponse[]> {
    return this.http.get<OrganizationMemberResponse[]>(this.url(id, '/members'));
  }

  invitations(id: string): Observable<InvitationResponse[]> {
    return this.http.get<InvitationResponse[]>(this.url(id, '/invitations'));
  }

  invite(id: string, request: InvitationRequest): Observable<InvitationResponse> {
    return this.http.post<InvitationResponse>(this.url(id, '/invitations'), request);
  }

  programs(id: string): Observable<ProgramResponse[]> {
    return this.http.get<ProgramResponse[]>(this.url(id, '/programs'));
  }

  createProgram(id: string, input: ProgramInput): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(id, '/programs'), input);
  }

  updateProgram(id: string, programId: string, input: ProgramInput): Observable<ProgramResponse> {
    return this.http.patch<ProgramResponse>(this.url(id, `/programs/${encodeURIComponent(programId)}`), input);
  }

  deleteProgram(id: string, programId: string): Observable<void> {
    return this.http.delete<void>(this.url(id, `/programs/${encodeURIComponent(programId)}`));
  }

  createCohort(id: string, programId: string, input: CohortInput): Observable<CohortResponse> {
    return this.http.post<CohortResponse>(this.url(id, `/programs/${encodeURIComponent(programId)}/cohorts`), input);
  }

  deleteCohort(id: string, programId: string, cohortId: string): Observable<void> {
    return this.http.delete<void>(
      this.url(id, `/programs/${encodeURIComponent(programId)}/cohorts/${encodeURIComponent(cohortId)}`),
    );
  }
}
