import { Routes } from '@angular/router';
import { GuardianPage } from './guardian-page';

/** /ouder/:token: public, for a parent or guardian signing through their link. */
export default [{ path: '', title: 'titles.guardian', component: GuardianPage }] satisfies Routes;
