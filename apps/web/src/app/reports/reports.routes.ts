import { Routes } from '@angular/router';
import { ReportsPage } from './reports-page';

/** /meldingen: misconduct reports for school coordinators (their school) and the program office (all). */
export default [{ path: '', title: 'titles.reports', component: ReportsPage }] satisfies Routes;
