import { Routes } from '@angular/router';
import { RecommendationsPage } from './recommendations-page';

/** /voor-jou: vacancies that fit the candidate's profile (profile.manageOwn, guarded in app.routes). */
export default [{ path: '', title: 'titles.forYou', component: RecommendationsPage }] satisfies Routes;
