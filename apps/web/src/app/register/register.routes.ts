import { Routes } from '@angular/router';
import { RegisterPage } from './register-page';

export default [{ path: '', title: 'titles.register', component: RegisterPage }] satisfies Routes;
