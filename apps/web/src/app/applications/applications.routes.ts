import { Routes } from '@angular/router';
import { ApplicationDetailPage } from './application-detail-page';
import { MyApplicationsPage } from './my-applications-page';

/** /sollicitaties: a candidate's own applications (application.create). */
export default [
  { path: '', title: 'titles.myApplications', component: MyApplicationsPage },
  { path: ':id', title: 'titles.application', component: ApplicationDetailPage },
] satisfies Routes;
