import { Routes } from '@angular/router';
import { provideDates } from '../shared/provide-dates';
import { CompanyVacanciesPage } from './company-vacancies-page';
import { VacancyEditorPage } from './vacancy-editor-page';

/** /bedrijf/…: a company's own vacancies (vacancy.manage). */
export default [
  {
    path: '',
    providers: [provideDates()],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'vacatures' },
      { path: 'vacatures', title: 'titles.companyVacancies', component: CompanyVacanciesPage },
      { path: 'vacatures/nieuw', title: 'titles.newVacancy', component: VacancyEditorPage },
      { path: 'vacatures/:id/bewerken', title: 'titles.editVacancy', component: VacancyEditorPage },
    ],
  },
] satisfies Routes;
