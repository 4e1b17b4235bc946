import { Routes } from '@angular/router';
import { LoginPage } from './login-page';

export default [{ path: '', title: 'titles.login', component: LoginPage }] satisfies Routes;
