import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';
import { VerificationQueuePage } from './verification-queue-page';

export default [
  { path: '', pathMatch: 'full', redirectTo: 'organizations' },
  { path: 'organizations', title: 'titles.verification', component: VerificationQueuePage },
  {
    path: 'inzichten',
    title: 'titles.internalInsights',
    canActivate: [permissionGuard('insights.internal')],
    loadComponent: () => import('./internal-insights-page').then((m) => m.InternalInsightsPage),
  },
] satisfies Routes;
