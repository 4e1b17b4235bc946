import { Routes } from '@angular/router';
import { GuidedPlacementsPage } from './guided-placements-page';

/** /begeleiding: school supervisors and company mentors follow the placements they guide. */
export default [{ path: '', title: 'titles.guidedPlacements', component: GuidedPlacementsPage }] satisfies Routes;
