import { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';
import { provideDates } from '../shared/provide-dates';
import { CompanyVacanciesPage } from './company-vacancies-page';
import { VacancyEditorPage } from './vacancy-editor-page';

/** /bedrijf/…: a company's own vacancies (vacancy.manage), their applicants and findable candidates, and the
 * schools' placement rounds it offers places in (application.manage). */
export default [
  {
    path: '',
    providers: [provideDates()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'vacatures' },
      { path: 'vacatures', title: 'titles.companyVacancies', component: CompanyVacanciesPage },
      { path: 'vacatures/nieuw', title: 'titles.newVacancy', component: VacancyEditorPage },
      { path: 'vacatures/:id/bewerken', title: 'titles.editVacancy', component: VacancyEditorPage },
      {
        path: 'vacatures/:id/sollicitaties',
        title: 'titles.board',
        canActivate: [permissionGuard('application.manage')],
        loadComponent: () => import('../company-applications/board-page').then((m) => m.BoardPage),
      },
      {
        path: 'vacatures/:id/kandidaten',
        title: 'titles.candidates',
        canActivate: [permissionGuard('application.manage')],
        loadComponent: () => import('../company-candidates/candidates-page').then((m) => m.CandidatesPage),
      },
      {
        path: 'rondes',
        title: 'titles.companyRounds',
        canActivate: [permissionGuard('application.manage')],
        loadComponent: () => import('../company-rounds/company-rounds-page').then((m) => m.CompanyRoundsPage),
      },
      {
        path: 'sollicitaties/:id',
        title: 'titles.applicant',
        canActivate: [permissionGuard('application.manage')],
        loadComponent: () => import('../company-applications/applicant-page').then((m) => m.ApplicantPage),
      },
    ],
  },
] satisfies Routes;
