import { Routes } from '@angular/router';
import { anyPermissionGuard, permissionGuard } from '../core/auth/auth.guards';
import { provideDates } from '../shared/provide-dates';
import { EventDetailPage } from './event-detail-page';
import { EventListPage } from './event-list-page';

/** Company members who manage vacancies organise their company's events; the program office organises its own. */
const organizerGuard = anyPermissionGuard('vacancy.manage', 'organization.verify');

/**
 * /evenementen: the public agenda and event pages (the notifications link to /evenementen/:id), a candidate's
 * sign-ups, and the organisers' pages.
 */
export default [
  { path: '', title: 'titles.events', data: { description: 'meta.events' }, component: EventListPage },
  {
    path: 'mijn',
    title: 'titles.myEvents',
    canActivate: [permissionGuard('application.create')],
    loadComponent: () => import('./my-events-page').then((m) => m.MyEventsPage),
  },
  {
    path: 'beheer',
    title: 'titles.managedEvents',
    canActivate: [organizerGuard],
    loadComponent: () => import('./managed-events-page').then((m) => m.ManagedEventsPage),
  },
  {
    path: '',
    providers: [provideDates()],
    canActivate: [organizerGuard],
    children: [
      {
        path: 'nieuw',
        title: 'titles.newEvent',
        loadComponent: () => import('./event-editor-page').then((m) => m.EventEditorPage),
      },
      {
        path: ':id/bewerken',
        title: 'titles.editEvent',
        loadComponent: () => import('./event-editor-page').then((m) => m.EventEditorPage),
      },
    ],
  },
  { path: ':id', title: 'titles.event', component: EventDetailPage },
] satisfies Routes;
