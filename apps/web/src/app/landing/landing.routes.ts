import { Routes } from '@angular/router';
import { LandingPage } from './landing-page';

export default [
  { path: '', title: 'titles.landing', data: { description: 'meta.landing' }, component: LandingPage },
] satisfies Routes;
