import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllocationMethod, PublishRoundRequest, RoundRunDetailResponse } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { SHORT_DATE_TIME_FORMAT } from '../shared/rounds/round-text';
import { blockingPairViews, placementView, PlacementView, samePlacement } from './run-comparison';

interface StudentRow {
  userId: string;
  name: string;
  choices: number;
  stable: PlacementView;
  optimal: PlacementView;
  differs: boolean;
}

/** How many blocking pairs are told in words; the rest are counted. */
const PAIRS_SHOWN = 25;

/**
 * One run of a round opened: per student the stable and the optimal outcome, how full each place gets, and the
 * optimal outcome's blocking pairs in plain words, with "publish" for either method.
 */
@Component({
  selector: 'tz-round-run-detail',
  imports: [DatePipe, MatButtonModule, MatIconModule, MatTableModule, TranslocoPipe],
  template: `
    @let r = run();
    <section class="run" [attr.aria-labelledby]="'run-heading-' + r.id" data-testid="run-detail">
      <h3 [id]="'run-heading-' + r.id" tabindex="-1">
        {{ 'schoolRounds.run.title' | transloco: { n: runNumber(), seed: r.seed } }}
      </h3>
      <p class="muted">
        {{ 'schoolRounds.run.madeAt' | transloco: { date: (r.createdAt | date: dateFormat : undefined : lang()) } }}
      </p>

      <div class="methods">
        @for (method of methods; track method) {
          <div class="method" [attr.data-testid]="'method-' + method">
            <h4>{{ 'schoolRounds.methods.' + method | transloco }}</h4>
            <p>{{ 'schoolRounds.explain.' + method | transloco }}</p>
            <p class="numbers">
              {{
                'schoolRounds.run.placedOf'
                  | transloco
                    : {
                        placed: r[method].placed,
                        students: r[method].students,
                        filled: r[method].positionsFilled,
                        positions: r[method].positions,
                      }
              }}
            </p>
            @if (isPublished(method)) {
              <p class="published">
                <mat-icon aria-hidden="true" svgIcon="verified" />{{ 'schoolRounds.run.published' | transloco }}
              </p>
            } @else if (canPublish()) {
              <button
                type="button"
                mat-flat-button
                [attr.data-testid]="'publish-' + method"
                [attr.aria-label]="
                  'schoolRounds.publishLabel'
                    | transloco: { n: runNumber(), method: ('schoolRounds.methods.' + method | transloco) }
                "
                (click)="publish.emit(method)"
              >
                {{ 'schoolRounds.publish' | transloco }}
              </button>
            }
          </div>
        }
      </div>

      <h4>{{ 'schoolRounds.run.students' | transloco }}</h4>
      <p class="muted">{{ 'schoolRounds.run.studentsHelp' | transloco }}</p>
      <div class="table-scroll">
        <table mat-table [dataSource]="students()" data-testid="run-students">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.student' | transloco }}</th>
            <th mat-cell *matCellDef="let s" scope="row" class="row-head">
              {{ s.name }}
              @if (s.differs) {
                <span class="differs">{{ 'schoolRounds.run.differs' | transloco }}</span>
              }
            </th>
          </ng-container>
          <ng-container matColumnDef="choices">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.choices' | transloco }}</th>
            <td mat-cell *matCellDef="let s">{{ s.choices }}</td>
          </ng-container>
          @for (method of methods; track method) {
            <ng-container [matColumnDef]="method">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.methods.' + method | transloco }}</th>
              <td mat-cell *matCellDef="let s">
                @let p = s[method];
                @if (p.placed) {
                  <span class="place">{{ p.title }}</span>
                  <span class="muted"> · {{ p.companyName }}</span>
                  @if (p.choice) {
                    <span class="choice">{{ 'schoolRounds.run.choice' | transloco: { n: p.choice } }}</span>
                  }
                } @else {
                  <span class="unplaced">{{ 'schoolRounds.unplaced.' + (p.reason ?? 'other') | transloco }}</span>
                }
              </td>
            </ng-container>
          }
          <tr mat-header-row *matHeaderRowDef="studentColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: studentColumns" [class.differs-row]="row.differs"></tr>
        </table>
      </div>

      <h4>{{ 'schoolRounds.run.fill' | transloco }}</h4>
      <div class="table-scroll">
        <table mat-table [dataSource]="r.fill" data-testid="run-fill">
          <ng-container matColumnDef="place">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.place' | transloco }}</th>
            <th mat-cell *matCellDef="let f" scope="row" class="row-head">{{ f.title }}</th>
          </ng-container>
          <ng-container matColumnDef="company">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.company' | transloco }}</th>
            <td mat-cell *matCellDef="let f">{{ f.companyName }}</td>
          </ng-container>
          <ng-container matColumnDef="capacity">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.columns.capacity' | transloco }}</th>
            <td mat-cell *matCellDef="let f">{{ f.capacity }}</td>
          </ng-container>
          @for (method of methods; track method) {
            <ng-container [matColumnDef]="method">
              <th mat-header-cell *matHeaderCellDef scope="col">{{ 'schoolRounds.methods.' + method | transloco }}</th>
              <td mat-cell *matCellDef="let f">
                {{ 'schoolRounds.run.filled' | transloco: { filled: f[method], capacity: f.capacity } }}
              </td>
            </ng-container>
          }
          <tr mat-header-row *matHeaderRowDef="fillColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: fillColumns"></tr>
        </table>
      </div>

      <h4>{{ 'schoolRounds.run.blockingTitle' | transloco }}</h4>
      <p>{{ 'schoolRounds.explain.blocking' | transloco }}</p>
      @if (pairs().length === 0) {
        <p data-testid="blocking-none">{{ 'schoolRounds.run.noBlocking' | transloco }}</p>
      } @else {
        <p data-testid="blocking-count">
          {{ 'schoolRounds.run.blockingCount' | transloco: { count: r.optimal.blockingPairs } }}
        </p>
        <ul class="pairs" data-testid="blocking-pairs">
          @for (pair of shownPairs(); track $index) {
            <li>
              @if (pair.currentTitle) {
                {{
                  'schoolRounds.run.blockingPair'
                    | transloco
                      : {
                          student: pair.studentName,
                          current: pair.currentTitle,
                          currentChoice: pair.currentChoice ?? '–',
                          title: pair.vacancyTitle,
                          company: pair.companyName,
                          wantedChoice: pair.wantedChoice ?? '–',
                        }
                }}
              } @else {
                {{
                  'schoolRounds.run.blockingPairUnplaced'
                    | transloco
                      : {
                          student: pair.studentName,
                          title: pair.vacancyTitle,
                          company: pair.companyName,
                          wantedChoice: pair.wantedChoice ?? '–',
                        }
                }}
              }
            </li>
          }
        </ul>
        @if (pairs().length > shownPairs().length) {
          <p class="muted">
            {{ 'schoolRounds.run.morePairs' | transloco: { count: pairs().length - shownPairs().length } }}
          </p>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .run {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    h4 {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .methods {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
      gap: 12px;
      margin-top: 12px;
    }
    .method {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .method h4 {
      margin: 0 0 4px;
    }
    .numbers {
      font-weight: 500;
    }
    .published {
      display: flex;
      gap: 6px;
      align-items: center;
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 640px;
    }
    .row-head {
      font-weight: 500;
      text-align: start;
      border-bottom: var(--mat-table-row-item-outline-width, 1px) solid
        var(--mat-table-row-item-outline-color, var(--mat-sys-outline));
    }
    .differs {
      display: inline-block;
      margin-left: 6px;
      padding: 0 8px;
      border-radius: 10px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-small);
    }
    .choice {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .unplaced {
      color: var(--mat-sys-error);
    }
    .pairs {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    .pairs li + li {
      margin-top: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundRunDetail {
  protected readonly lang = inject(LanguageService).lang;
  protected readonly dateFormat = SHORT_DATE_TIME_FORMAT;
  protected readonly methods: readonly AllocationMethod[] = ['stable', 'optimal'];
  protected readonly studentColumns = ['name', 'choices', 'stable', 'optimal'];
  protected readonly fillColumns = ['place', 'company', 'capacity', 'stable', 'optimal'];

  readonly run = input.required<RoundRunDetailResponse>();
  readonly runNumber = input.required<number>();
  readonly published = input<PublishRoundRequest | null>(null);
  /** While the round is open an outcome can be published. */
  readonly canPublish = input(false);
  readonly publish = output<AllocationMethod>();

  protected readonly students = computed<StudentRow[]>(() => {
    const run = this.run();
    const fill = new Map(run.fill.map((place) => [place.vacancyId, place]));
    return run.students.map((student) => ({
      userId: student.userId,
      name: student.name,
      choices: student.choices.length,
      stable: placementView(student.stable, fill),
      optimal: placementView(student.optimal, fill),
      differs: !samePlacement(student.stable, student.optimal),
    }));
  });
  protected readonly pairs = computed(() => blockingPairViews(this.run()));
  protected readonly shownPairs = computed(() => this.pairs().slice(0, PAIRS_SHOWN));

  protected isPublished(method: AllocationMethod): boolean {
    const published = this.published();
    return published?.runId === this.run().id && published.method === method;
  }
}
