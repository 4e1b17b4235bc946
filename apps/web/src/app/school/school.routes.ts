import { Routes } from '@angular/router';
import { provideDates } from '../shared/provide-dates';
import { SchoolStudentsPage } from './school-students-page';

/** /school/…: pages for school coordinators (placement.coordinate). */
export default [
  {
    path: '',
    providers: [provideDates()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'studenten' },
      { path: 'studenten', title: 'titles.schoolStudents', component: SchoolStudentsPage },
      {
        path: 'rondes',
        title: 'titles.schoolRounds',
        loadComponent: () => import('../school-rounds/school-rounds-page').then((m) => m.SchoolRoundsPage),
      },
      {
        path: 'stages',
        title: 'titles.schoolPlacements',
        loadComponent: () =>
          import('../school-placements/placement-overview-page').then((m) => m.PlacementOverviewPage),
      },
      {
        path: 'rondes/:id',
        title: 'titles.schoolRound',
        loadComponent: () => import('../school-rounds/round-detail-page').then((m) => m.RoundDetailPage),
      },
    ],
  },
] satisfies Routes;
