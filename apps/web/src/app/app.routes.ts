import { Route } from '@angular/router';
import { anyPermissionGuard, authGuard, guestGuard, permissionGuard } from './core/auth/auth.guards';

/** Every feature is lazy; route `title`s are translation keys (see TranslatedTitleStrategy). */
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', loadChildren: () => import('./landing/landing.routes') },
  { path: 'login', canActivate: [guestGuard], loadChildren: () => import('./login/login.routes') },
  { path: 'register', canActivate: [guestGuard], loadChildren: () => import('./register/register.routes') },
  { path: 'home', canActivate: [authGuard], loadChildren: () => import('./home/home.routes') },
  { path: 'vacatures', loadChildren: () => import('./vacancies/vacancies.routes') },
  { path: 'bedrijven', loadChildren: () => import('./companies/companies.routes') },
  { path: 'regio', loadChildren: () => import('./insights/insights.routes') },
  { path: 'evenementen', loadChildren: () => import('./events/events.routes') },
  { path: 'invitation', loadChildren: () => import('./invitation/invitation.routes') },
  {
    path: 'profiel',
    canActivate: [permissionGuard('profile.manageOwn')],
    loadChildren: () => import('./profile/profile.routes'),
  },
  {
    path: 'voor-jou',
    canActivate: [permissionGuard('profile.manageOwn')],
    loadChildren: () => import('./recommendations/recommendations.routes'),
  },
  {
    path: 'bewaard',
    canActivate: [permissionGuard('profile.manageOwn')],
    loadChildren: () => import('./saved/saved.routes'),
  },
  {
    path: 'sollicitaties',
    canActivate: [permissionGuard('application.create')],
    loadChildren: () => import('./applications/applications.routes'),
  },
  {
    path: 'rondes',
    canActivate: [permissionGuard('application.create')],
    loadChildren: () => import('./rounds/rounds.routes'),
  },
  { path: 'stages', canActivate: [authGuard], loadChildren: () => import('./placements/placements.routes') },
  {
    path: 'begeleiding',
    canActivate: [permissionGuard('placement.supervise')],
    loadChildren: () => import('./guided-placements/guided-placements.routes'),
  },
  {
    path: 'bedrijf/stages',
    canActivate: [permissionGuard('organization.readOwn')],
    loadChildren: () => import('./company-placements/company-placements.routes'),
  },
  {
    path: 'bedrijf',
    canActivate: [permissionGuard('vacancy.manage')],
    loadChildren: () => import('./company-vacancies/company-vacancies.routes'),
  },
  {
    path: 'school',
    canActivate: [permissionGuard('placement.coordinate')],
    loadChildren: () => import('./school/school.routes'),
  },
  {
    path: 'organization',
    canActivate: [permissionGuard('organization.readOwn')],
    loadChildren: () => import('./organization/organization.routes'),
  },
  {
    path: 'admin',
    canActivate: [permissionGuard('organization.verify')],
    loadChildren: () => import('./admin/admin.routes'),
  },
  {
    path: 'meldingen',
    canActivate: [anyPermissionGuard('placement.coordinate', 'insights.internal')],
    loadChildren: () => import('./reports/reports.routes'),
  },
  // A parent or guardian signs a placement agreement through an e-mailed link, without an account.
  { path: 'ouder/:token', loadChildren: () => import('./guardian/guardian.routes') },
  {
    path: 'wachtwoord-vergeten',
    canActivate: [guestGuard],
    loadChildren: () => import('./password-reset/password-reset.routes').then((m) => m.FORGOT_PASSWORD_ROUTES),
  },
  {
    path: 'wachtwoord-herstellen/:token',
    loadChildren: () => import('./password-reset/password-reset.routes').then((m) => m.RESET_PASSWORD_ROUTES),
  },
  { path: 'e-mail-bevestigen/:token', loadChildren: () => import('./email-verification/email-verification.routes') },
  { path: 'privacy', canActivate: [authGuard], loadChildren: () => import('./privacy/privacy.routes') },
  { path: '**', loadChildren: () => import('./not-found/not-found.routes') },
];
