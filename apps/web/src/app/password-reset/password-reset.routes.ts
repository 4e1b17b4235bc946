import { Routes } from '@angular/router';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';

/** The password-reset pages: the lockout e-mail links to the first, the reset e-mail to the second. */
export const FORGOT_PASSWORD_ROUTES: Routes = [
  { path: '', title: 'titles.forgotPassword', component: ForgotPasswordPage },
];
export const RESET_PASSWORD_ROUTES: Routes = [
  { path: '', title: 'titles.resetPassword', component: ResetPasswordPage },
];
