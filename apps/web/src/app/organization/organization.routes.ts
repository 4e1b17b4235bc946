import { Routes } from '@angular/router';
import { OrganizationPage } from './organization-page';

export default [{ path: '', title: 'titles.organization', component: OrganizationPage }] satisfies Routes;
