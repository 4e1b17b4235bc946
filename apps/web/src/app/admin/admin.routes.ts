import { Routes } from '@angular/router';
import { VerificationQueuePage } from './verification-queue-page';

export default [
  { path: '', pathMatch: 'full', redirectTo: 'organizations' },
  { path: 'organizations', title: 'titles.verification', component: VerificationQueuePage },
] satisfies Routes;
