import { Routes } from '@angular/router';
import { CompanyPlacementsPage } from './company-placements-page';

/** /bedrijf/stages: every member of a company (owner, recruiter, mentor) follows its placements. */
export default [{ path: '', title: 'titles.companyPlacements', component: CompanyPlacementsPage }] satisfies Routes;
