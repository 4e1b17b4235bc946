import { Routes } from '@angular/router';
import { provideDates } from '../shared/provide-dates';
import { OrganizationPage } from './organization-page';

export default [
  { path: '', title: 'titles.organization', providers: [provideDates()], component: OrganizationPage },
] satisfies Routes;
