import { Routes } from '@angular/router';
import { MyRoundsPage } from './my-rounds-page';
import { RoundRankingPage } from './round-ranking-page';

/** /rondes: the placement rounds of the student's cohort (application.create, guarded in app.routes). */
export default [
  { path: '', title: 'titles.myRounds', component: MyRoundsPage },
  { path: ':id', title: 'titles.round', component: RoundRankingPage },
] satisfies Routes;
