import { HttpResourceRequest } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { API_ROUTES, InsightFigure } from '@techzone/contracts';
import { apiUrl } from '../core/api/api-url';
import { filtersToApiParams, InsightsFilters } from './insights';

/** The insights endpoints: the public region figures (JSON and one CSV per figure) and the program office's lists. */
@Injectable({ providedIn: 'root' })
export class InsightsApi {
  /** GET /api/insights/region for `httpResource`. */
  region(filters: InsightsFilters): HttpResourceRequest {
    return { url: apiUrl(API_ROUTES.insights), params: filtersToApiParams(filters) };
  }

  /** The CSV of one figure, for a plain download link (the API answers with content-disposition: attachment). */
  csvUrl(figure: InsightFigure, filters: InsightsFilters): string {
    const query = new URLSearchParams({ figure, ...filtersToApiParams(filters) });
    return `${apiUrl(API_ROUTES.insights)}.csv?${query.toString()}`;
  }

  /** GET /api/admin/insights (permission insights.internal). */
  internalUrl(): string {
    return apiUrl(API_ROUTES.admin.insights);
  }
}
