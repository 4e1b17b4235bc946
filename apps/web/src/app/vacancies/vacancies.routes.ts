import { Routes } from '@angular/router';
import { providePaginatorIntl } from '../shared/paginator-intl';
import { VacancyDetailPage } from './vacancy-detail-page';
import { VacancySearchPage } from './vacancy-search-page';

export default [
  {
    path: '',
    providers: [providePaginatorIntl()],
    children: [
      { path: '', title: 'titles.search', data: { description: 'meta.search' }, component: VacancySearchPage },
      { path: ':id', title: 'titles.vacancy', component: VacancyDetailPage },
    ],
  },
] satisfies Routes;
