import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  LEARNING_ROUTES,
  LearningRoute,
  PlacementOverviewQuery,
  PlacementOverviewResponse,
  PlacementOverviewStudentResponse,
  ProgramResponse,
  StudentPlacementState,
} from '@techzone/contracts';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { LanguageService } from '../core/i18n/language.service';
import { membershipOf } from '../shared/memberships';
import { actionErrors } from '../shared/placements/placement-errors';
import { stateChips, totalCount } from '../shared/placements/placement-logic';
import { PlacementStatusChip } from '../shared/placements/placement-status-chip';
import { overviewParams, PlacementsApi, saveBlob } from '../shared/placements/placements.api';
import { StudentTimelineData, StudentTimelineDialog } from './student-timeline-dialog';

const PAGE_SIZE = 50;

/** Lower case without accents, for matching what a coordinator types against names. */
function searchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * /school/stages: the coordinator's cohort dashboard: how many students are where (as filter chips), filters by
 * programme, cohort and route, every student with their placement, their timeline, and a CSV export.
 */
@Component({
  selector: 'tz-placement-overview-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatTableModule,
    PlacementStatusChip,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <div class="tz-container tz-page">
      <div class="title-row">
        <h1>{{ 'schoolPlacements.title' | transloco }}</h1>
        @if (membership()) {
          <button
            type="button"
            mat-stroked-button
            [disabled]="exporting()"
            [attr.aria-busy]="exporting()"
            data-testid="export-csv"
            (click)="exportCsv()"
          >
            <mat-icon aria-hidden="true" svgIcon="download" />
            {{ 'schoolPlacements.export' | transloco }}
          </button>
        }
      </div>
      <p class="intro">{{ 'schoolPlacements.intro' | transloco }}</p>

      @if (!membership()) {
        <p>{{ 'schoolPlacements.noSchool' | transloco }}</p>
      } @else {
        @if (errors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of errors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
        <div class="filters">
          <mat-form-field>
            <mat-label>{{ 'schoolPlacements.filters.program' | transloco }}</mat-label>
            <mat-select [value]="programId()" (selectionChange)="setProgram($event.value)">
              <mat-option [value]="null">{{ 'schoolPlacements.filters.all' | transloco }}</mat-option>
              @for (program of programList(); track program.id) {
                <mat-option [value]="program.id">{{ program.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'schoolPlacements.filters.cohort' | transloco }}</mat-label>
            <mat-select [value]="cohortId()" (selectionChange)="cohortId.set($event.value)">
              <mat-option [value]="null">{{ 'schoolPlacements.filters.all' | transloco }}</mat-option>
              @for (cohort of cohortList(); track cohort.id) {
                <mat-option [value]="cohort.id">{{ cohort.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'schoolPlacements.filters.route' | transloco }}</mat-label>
            <mat-select [value]="route()" (selectionChange)="route.set($event.value)">
              <mat-option [value]="null">{{ 'schoolPlacements.filters.all' | transloco }}</mat-option>
              @for (r of routes; track r) {
                <mat-option [value]="r">{{ r }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        </div>

        @if (loadError(); as error) {
          <div class="tz-form-error" role="alert">
            <p>{{ error.key | transloco: error.params }}</p>
            <button type="button" mat-stroked-button (click)="overview.reload()">
              {{ 'common.retry' | transloco }}
            </button>
          </div>
        } @else if (overview.hasValue()) {
          <mat-chip-listbox
            class="states"
            [attr.aria-label]="'schoolPlacements.filters.state' | transloco"
            [value]="state()"
            (change)="state.set($event.value ?? null)"
            data-testid="state-chips"
          >
            <mat-chip-option [value]="null" [selected]="state() === null">
              {{ 'schoolPlacements.filters.allStates' | transloco: { count: total() } }}
            </mat-chip-option>
            @for (chip of chips(); track chip.state) {
              <mat-chip-option [value]="chip.state" [selected]="state() === chip.state" [attr.data-state]="chip.state">
                {{ 'schoolPlacements.states.' + chip.state | transloco }} ({{ chip.count }})
              </mat-chip-option>
            }
          </mat-chip-listbox>

          <mat-form-field class="name-search">
            <mat-label>{{ 'schoolPlacements.filters.name' | transloco }}</mat-label>
            <mat-icon matPrefix aria-hidden="true" svgIcon="search" />
            <input
              matInput
              type="search"
              autocomplete="off"
              [value]="nameQuery()"
              (input)="nameQuery.set($any($event.target).value)"
              data-testid="student-search"
            />
          </mat-form-field>
          @let students = matching();
          <p class="muted" aria-live="polite">{{ 'schoolPlacements.count' | transloco: { count: students.length } }}</p>
          @if (students.length > 0) {
            <div class="table-scroll">
              <table mat-table [dataSource]="shown()" data-testid="overview-table">
                <ng-container matColumnDef="name">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolPlacements.columns.name' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let s">
                    {{ s.name }}
                    <span class="muted small">
                      <br />{{ s.program ?? '–' }} · {{ s.cohort ?? '–' }}
                      @if (s.route) {
                        · {{ s.route }}
                      }
                    </span>
                  </td>
                </ng-container>
                <ng-container matColumnDef="state">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolPlacements.columns.state' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let s">
                    <span [class]="'tz-status tz-state-' + s.state" data-testid="student-state">{{
                      'schoolPlacements.states.' + s.state | transloco
                    }}</span>
                    @if (s.risk) {
                      <br /><span class="small">{{ 'schoolPlacements.risks.' + s.risk | transloco }}</span>
                    }
                  </td>
                </ng-container>
                <ng-container matColumnDef="placement">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolPlacements.columns.placement' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let s">
                    @if (s.placement; as placement) {
                      <a [routerLink]="['/stages', placement.id]">{{ placement.companyName }}</a>
                      @if (placement.vacancyTitle) {
                        <span class="small"><br />{{ placement.vacancyTitle }}</span>
                      }
                      <br /><tz-placement-status-chip [status]="placement.status" />
                    } @else {
                      <span class="small">
                        {{
                          'schoolPlacements.searching'
                            | transloco: { applications: s.openApplications, offers: s.offers }
                        }}
                      </span>
                    }
                  </td>
                </ng-container>
                <ng-container matColumnDef="activity">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    {{ 'schoolPlacements.columns.activity' | transloco }}
                  </th>
                  <td mat-cell *matCellDef="let s">
                    {{ s.lastActivityAt ? (s.lastActivityAt | date: 'mediumDate' : undefined : lang()) : '–' }}
                  </td>
                </ng-container>
                <ng-container matColumnDef="timeline">
                  <th mat-header-cell *matHeaderCellDef scope="col">
                    <span class="cdk-visually-hidden">{{ 'schoolPlacements.columns.timeline' | transloco }}</span>
                  </th>
                  <td mat-cell *matCellDef="let s">
                    <button
                      type="button"
                      mat-button
                      [attr.aria-label]="'schoolPlacements.timeline.open' | transloco: { name: s.name }"
                      (click)="openTimeline(s)"
                    >
                      <mat-icon aria-hidden="true" svgIcon="timeline" />
                      {{ 'schoolPlacements.timeline.button' | transloco }}
                    </button>
                  </td>
                </ng-container>
                <tr mat-header-row *matHeaderRowDef="columns"></tr>
                <tr mat-row *matRowDef="let row; columns: columns" data-testid="overview-row"></tr>
              </table>
            </div>
            @if (students.length > shown().length) {
              <button type="button" mat-stroked-button class="more" data-testid="show-more" (click)="showMore()">
                {{
                  'schoolPlacements.showMore'
                    | transloco: { count: nextCount(), remaining: students.length - shown().length }
                }}
              </button>
            }
          }
        } @else {
          <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
        }
      }
    </div>
  `,
  styles: `
    .title-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
      margin-bottom: 8px;
    }
    .title-row h1 {
      margin: 0;
    }
    .intro {
      max-width: 760px;
      margin: 0 0 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .filters mat-form-field {
      flex: 1 1 200px;
      max-width: 320px;
    }
    .states {
      display: block;
      margin-bottom: 12px;
    }
    .name-search {
      width: 100%;
      max-width: 420px;
    }
    .more {
      margin-top: 12px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 720px;
    }
    td {
      vertical-align: top;
      padding-top: 8px;
      padding-bottom: 8px;
    }
    .tz-state-active,
    .tz-state-completed {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .tz-state-at_risk {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .tz-state-offer,
    .tz-state-awaiting_approval,
    .tz-state-awaiting_signatures {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlacementOverviewPage {
  private readonly api = inject(PlacementsApi);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  protected readonly lang = inject(LanguageService).lang;

  protected readonly columns = ['name', 'state', 'placement', 'activity', 'timeline'];
  protected readonly routes = LEARNING_ROUTES;
  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'school'));
  protected readonly programId = signal<string | null>(null);
  protected readonly cohortId = signal<string | null>(null);
  protected readonly route = signal<LearningRoute | null>(null);
  protected readonly state = signal<StudentPlacementState | null>(null);
  private readonly query = computed<PlacementOverviewQuery>(() => ({
    programId: this.programId() ?? undefined,
    cohortId: this.cohortId() ?? undefined,
    route: this.route() ?? undefined,
    state: this.state() ?? undefined,
  }));

  private readonly programs = httpResource<ProgramResponse[]>(() => {
    const membership = this.membership();
    return membership ? this.api.programsUrl(membership.organizationId) : undefined;
  });
  protected readonly programList = computed(() => (this.programs.hasValue() ? this.programs.value() : []));
  protected readonly cohortList = computed(() =>
    this.programList()
      .filter((program) => this.programId() === null || program.id === this.programId())
      .flatMap((program) =>
        program.cohorts.map((cohort) => ({
          id: cohort.id,
          label: this.programId() ? cohort.name : `${program.name} · ${cohort.name}`,
        })),
      ),
  );
  protected readonly overview = httpResource<PlacementOverviewResponse>(() => {
    const membership = this.membership();
    return membership
      ? { url: this.api.overviewUrl(membership.organizationId), params: overviewParams(this.query()) }
      : undefined;
  });
  /** Narrows the loaded list by name, programme or cohort, ignoring case and accents ("wisniewski" finds "Wiśniewski"). */
  protected readonly nameQuery = signal('');
  protected readonly matching = computed(() => {
    const students = this.overview.hasValue() ? this.overview.value().students : [];
    const words = searchText(this.nameQuery()).split(/\s+/).filter(Boolean);
    return words.length === 0
      ? students
      : students.filter((student) => {
          const text = searchText([student.name, student.program ?? '', student.cohort ?? ''].join(' '));
          return words.every((word) => text.includes(word));
        });
  });
  /**
   * Rows are drawn a page at a time: a school's full list (hundreds of students) in one go blocked a phone's main
   * thread for over a second. Back to the first page whenever the list or the search changes.
   */
  private readonly shownCount = linkedSignal({ source: this.matching, computation: () => PAGE_SIZE });
  protected readonly shown = computed(() => this.matching().slice(0, this.shownCount()));
  protected readonly nextCount = computed(() => Math.min(PAGE_SIZE, this.matching().length - this.shown().length));
  protected readonly chips = computed(() => (this.overview.hasValue() ? stateChips(this.overview.value().counts) : []));
  protected readonly total = computed(() => totalCount(this.chips()));
  protected readonly loadError = computed(() => {
    const error = this.overview.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly exporting = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  protected showMore(): void {
    this.shownCount.update((count) => count + PAGE_SIZE);
  }

  protected setProgram(programId: string | null): void {
    this.programId.set(programId);
    this.cohortId.set(null);
  }

  protected openTimeline(student: PlacementOverviewStudentResponse): void {
    const membership = this.membership();
    if (!membership) {
      return;
    }
    this.dialog.open<StudentTimelineDialog, StudentTimelineData>(StudentTimelineDialog, {
      data: { schoolId: membership.organizationId, studentId: student.userId, studentName: student.name },
      width: '560px',
      maxWidth: 'calc(100vw - 32px)',
    });
  }

  protected exportCsv(): void {
    const membership = this.membership();
    if (!membership || this.exporting()) {
      return;
    }
    this.exporting.set(true);
    this.errors.set([]);
    this.api.overviewCsv(membership.organizationId, this.query()).subscribe({
      next: (blob) => {
        this.exporting.set(false);
        saveBlob(blob, 'plaatsingen.csv');
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.errors.set(actionErrors(error));
      },
    });
  }
}
