import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';
import { providePaginatorIntl } from '../shared/paginator-intl';
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
  {
    path: 'evenementen',
    title: 'titles.eventApprovals',
    loadComponent: () => import('./event-approvals-page').then((m) => m.EventApprovalsPage),
  },
  {
    path: 'taxonomie',
    title: 'titles.taxonomy',
    canActivate: [permissionGuard('taxonomy.manage')],
    providers: [providePaginatorIntl()],
    loadComponent: () => import('./taxonomy/taxonomy-editor-page').then((m) => m.TaxonomyEditorPage),
  },
] satisfies Routes;
