import { Routes } from '@angular/router';
import { NotFoundPage } from './not-found-page';

export default [{ path: '', title: 'titles.notFound', component: NotFoundPage }] satisfies Routes;
