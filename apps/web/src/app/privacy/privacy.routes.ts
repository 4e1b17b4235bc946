import { Routes } from '@angular/router';
import { PrivacyPage } from './privacy-page';

export default [{ path: '', title: 'titles.privacy', component: PrivacyPage }] satisfies Routes;
