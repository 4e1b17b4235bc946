import { Routes } from '@angular/router';
import { InvitationPage } from './invitation-page';

export default [{ path: ':token', title: 'titles.invitation', component: InvitationPage }] satisfies Routes;
