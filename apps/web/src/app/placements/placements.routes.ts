import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';
import { provideDates } from '../shared/provide-dates';
import { MyPlacementsPage } from './my-placements-page';
import { PlacementDetailPage } from './placement-detail-page';

/** /stages: a student's placements; /stages/:id: one placement for any of its parties (the API decides who sees it). */
export default [
  {
    path: '',
    providers: [provideDates()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.myPlacements',
        canActivate: [permissionGuard('application.create')],
        component: MyPlacementsPage,
      },
      { path: ':id', title: 'titles.placement', component: PlacementDetailPage },
    ],
  },
] satisfies Routes;
