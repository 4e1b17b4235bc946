import { Routes } from '@angular/router';
import { SchoolStudentsPage } from './school-students-page';

/** /school/…: pages for school coordinators (placement.coordinate). */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'studenten' },
  { path: 'studenten', title: 'titles.schoolStudents', component: SchoolStudentsPage },
] satisfies Routes;
