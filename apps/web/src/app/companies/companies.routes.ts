import { Routes } from '@angular/router';
import { CompanyPage } from './company-page';

export default [{ path: ':id', title: 'titles.company', component: CompanyPage }] satisfies Routes;
