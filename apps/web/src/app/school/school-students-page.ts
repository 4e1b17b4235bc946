import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { API_ROUTES, CandidateProfileResponse, ProgramResponse } from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { AuthService } from '../core/auth/auth.service';
import { membershipOf } from '../shared/memberships';
import { filterStudents, studentRows } from './students';

/** /school/studenten: the students who chose this school, for the placement coordinator. */
@Component({
  selector: 'tz-school-students-page',
  imports: [MatFormFieldModule, MatIconModule, MatInputModule, MatProgressSpinnerModule, MatTableModule, TranslocoPipe],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'schoolStudents.title' | transloco }}</h1>
      <p>{{ 'schoolStudents.intro' | transloco }}</p>
      @if (!membership()) {
        <p>{{ 'schoolStudents.noSchool' | transloco }}</p>
      } @else if (loadError(); as error) {
        <p class="tz-form-error" role="alert">{{ error.key | transloco: error.params }}</p>
      } @else if (students.hasValue()) {
        <mat-form-field class="filter">
          <mat-label>{{ 'schoolStudents.filter' | transloco }}</mat-label>
          <mat-icon matPrefix aria-hidden="true" svgIcon="filter_list" />
          <input matInput type="search" [value]="query()" (input)="query.set($any($event.target).value)" />
        </mat-form-field>
        <p class="count" aria-live="polite">
          {{ 'schoolStudents.count' | transloco: { shown: rows().length, total: students.value().length } }}
        </p>
        @if (rows().length === 0) {
          <p class="muted">{{ 'schoolStudents.empty' | transloco }}</p>
        } @else {
          <div class="table-scroll">
            <table mat-table [dataSource]="rows()">
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolStudents.columns.name' | transloco }}</th>
                <td mat-cell *matCellDef="let row">{{ row.name }}</td>
              </ng-container>
              <ng-container matColumnDef="program">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  {{ 'schoolStudents.columns.program' | transloco }}
                </th>
                <td mat-cell *matCellDef="let row">{{ row.program ?? '–' }}</td>
              </ng-container>
              <ng-container matColumnDef="cohort">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolStudents.columns.cohort' | transloco }}</th>
                <td mat-cell *matCellDef="let row">{{ row.cohort ?? '–' }}</td>
              </ng-container>
              <ng-container matColumnDef="level">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolStudents.columns.level' | transloco }}</th>
                <td mat-cell *matCellDef="let row">
                  {{ row.level ? ('vacancy.levels.' + row.level | transloco) : '–' }}
                </td>
              </ng-container>
              <ng-container matColumnDef="route">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolStudents.columns.route' | transloco }}</th>
                <td mat-cell *matCellDef="let row">{{ row.route ?? '–' }}</td>
              </ng-container>
              <ng-container matColumnDef="discoverable">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  {{ 'schoolStudents.columns.discoverable' | transloco }}
                </th>
                <td mat-cell *matCellDef="let row">
                  {{ (row.discoverable ? 'common.yes' : 'common.no') | transloco }}
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns"></tr>
            </table>
          </div>
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .filter {
      width: 100%;
      max-width: 420px;
    }
    .count,
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 640px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolStudentsPage {
  private readonly auth = inject(AuthService);

  protected readonly columns = ['name', 'program', 'cohort', 'level', 'route', 'discoverable'];
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'school'));
  protected readonly students = httpResource<CandidateProfileResponse[]>(() => {
    const membership = this.membership();
    return membership
      ? apiUrl(`${API_ROUTES.schools}/${encodeURIComponent(membership.organizationId)}/students`)
      : undefined;
  });
  protected readonly programs = httpResource<ProgramResponse[]>(() => {
    const membership = this.membership();
    return membership
      ? apiUrl(`${API_ROUTES.organizations}/${encodeURIComponent(membership.organizationId)}/programs`)
      : undefined;
  });
  protected readonly query = signal('');
  private readonly allRows = computed(() =>
    this.students.hasValue()
      ? studentRows(this.students.value(), this.programs.hasValue() ? this.programs.value() : [])
      : [],
  );
  protected readonly rows = computed(() => filterStudents(this.allRows(), this.query()));
  protected readonly loadError = computed(() => {
    const error = this.students.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
}
