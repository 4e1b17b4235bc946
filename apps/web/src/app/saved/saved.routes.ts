import { Routes } from '@angular/router';
import { SavedPage } from './saved-page';

export default [{ path: '', title: 'titles.saved', component: SavedPage }] satisfies Routes;
