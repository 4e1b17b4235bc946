import { Routes } from '@angular/router';
import { RegionInsightsPage } from './region-insights-page';

/** /regio: "De regio in cijfers", public. */
export default [
  { path: '', title: 'titles.insights', data: { description: 'meta.insights' }, component: RegionInsightsPage },
] satisfies Routes;
