import { Routes } from '@angular/router';
import { provideDates } from '../shared/provide-dates';
import { ProfilePage } from './profile-page';

export default [
  { path: '', title: 'titles.profile', providers: [provideDates()], component: ProfilePage },
] satisfies Routes;
