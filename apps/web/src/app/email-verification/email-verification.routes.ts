import { Routes } from '@angular/router';
import { ConfirmEmailPage } from './confirm-email-page';

/** The link of the confirmation e-mail (works logged in or not). */
export default [{ path: '', title: 'titles.confirmEmail', component: ConfirmEmailPage }] satisfies Routes;
