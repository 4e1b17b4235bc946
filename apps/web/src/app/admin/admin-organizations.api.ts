import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { API_ROUTES, OrganizationResponse, VerifyOrganizationRequest } from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../core/api/api-url';

@Injectable({ providedIn: 'root' })
export class AdminOrganizationsApi {
  private readonly http = inject(HttpClient);

  decide(id: string, request: VerifyOrganizationRequest): Observable<OrganizationResponse> {
    return this.http.post<OrganizationResponse>(
      apiUrl(`${API_ROUTES.admin.organizations}/${encodeURIComponent(id)}/verification`),
      request,
    );
  }
}
