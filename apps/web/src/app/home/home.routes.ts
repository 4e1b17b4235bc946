import { Routes } from '@angular/router';
import { HomePage } from './home-page';

export default [{ path: '', title: 'titles.home', component: HomePage }] satisfies Routes;
