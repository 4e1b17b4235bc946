import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  API_ROUTES,
  QualificationInput,
  QualificationResponse,
  QualificationUpdate,
  SectorInput,
  SectorResponse,
  SectorUpdate,
  SkillInput,
  SkillResponse,
  SkillUpdate,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { apiUrl } from '../../core/api/api-url';

/** The taxonomies: read from the public lists, written through /api/admin/taxonomy (permission taxonomy.manage). */
@Injectable({ providedIn: 'root' })
export class TaxonomyAdminApi {
  private readonly http = inject(HttpClient);

  /** The whole list (the API's maximum of 500 is more than any taxonomy holds). */
  listUrl(kind: 'skills' | 'qualifications' | 'sectors'): string {
    return `${apiUrl(API_ROUTES.taxonomy[kind])}?limit=500`;
  }

  createSkill(input: SkillInput): Observable<SkillResponse> {
    return this.http.post<SkillResponse>(this.adminUrl('skills'), input);
  }

  updateSkill(code: string, update: SkillUpdate): Observable<SkillResponse> {
    return this.http.patch<SkillResponse>(this.adminUrl('skills', code), update);
  }

  createQualification(input: QualificationInput): Observable<QualificationResponse> {
    return this.http.post<QualificationResponse>(this.adminUrl('qualifications'), input);
  }

  updateQualification(crebo: string, update: QualificationUpdate): Observable<QualificationResponse> {
    return this.http.patch<QualificationResponse>(this.adminUrl('qualifications', crebo), update);
  }

  createSector(input: SectorInput): Observable<SectorResponse> {
    return this.http.post<SectorResponse>(this.adminUrl('sectors'), input);
  }

  updateSector(code: string, update: SectorUpdate): Observable<SectorResponse> {
    return this.http.patch<SectorResponse>(this.adminUrl('sectors', code), update);
  }

  private adminUrl(kind: 'skills' | 'qualifications' | 'sectors', key?: string): string {
    const base = apiUrl(`${API_ROUTES.admin.taxonomy}/${kind}`);
    return key === undefined ? base : `${base}/${encodeURIComponent(key)}`;
  }
}
