import { DatePipe, DecimalPipe, PercentPipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  AllocationMethod,
  RoundDetailResponse,
  RoundRunDetailResponse,
  RoundStudentResponse,
} from '@techzone/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { apiErrorStatus, mapApiError } from '../core/api/api-error';
import { ControlErrorPipe } from '../core/forms/control-error';
import { LanguageService } from '../core/i18n/language.service';
import { refusalText } from '../shared/applications/application-status';
import { confirmAction } from '../shared/confirm-dialog';
import { roundPhase, SHORT_DATE_TIME_FORMAT } from '../shared/rounds/round-text';
import { RoundsApi } from '../shared/rounds/rounds.api';
import { RoundEditor, RoundEditorStart } from './round-editor';
import { RoundFormValue, roundToEntries } from './round-form';
import { ComparisonRow, comparisonRows, numberRuns, unplacedEntries } from './run-comparison';
import { RoundRunDetail } from './run-detail';

const SEED_PATTERN = /^[\w.-]{1,64}$/;

/**
 * /school/rondes/:id: one round for its coordinator: what it holds, who chose what, changes while it is open, the
 * allocation runs compared side by side (stable and optimal), one run opened in detail, and publishing one outcome.
 */
@Component({
  selector: 'tz-round-detail-page',
  imports: [
    ControlErrorPipe,
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatTableModule,
    PercentPipe,
    ReactiveFormsModule,
    RoundEditor,
    RoundRunDetail,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './round-detail-page.html',
  styleUrl: './round-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundDetailPage {
  private readonly api = inject(RoundsApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).lang;
  protected readonly dateFormat = SHORT_DATE_TIME_FORMAT;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly round = httpResource<RoundDetailResponse>(() => this.api.roundUrl(this.id()));
  protected readonly notFound = computed(() => apiErrorStatus(this.round.error()) === 404);
  protected readonly loadError = computed(() => {
    const error = this.round.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });
  protected readonly phase = computed(() => (this.round.hasValue() ? roundPhase(this.round.value()) : null));
  protected readonly isOpen = computed(() => this.round.hasValue() && this.round.value().status === 'open');

  protected readonly vacancyColumns = ['title', 'company', 'place', 'capacity', 'chosenBy', 'ranking'];
  protected readonly studentColumns = ['name', 'choices', 'rankedAt'];
  protected readonly comparisonColumns = [
    'run',
    'placed',
    'first',
    'topThree',
    'averageRank',
    'unplaced',
    'blocking',
    'actions',
  ];
  protected readonly students = computed<RoundStudentResponse[]>(() =>
    this.round.hasValue() ? [...this.round.value().students].sort((a, b) => a.name.localeCompare(b.name, 'nl')) : [],
  );
  protected readonly comparison = computed<ComparisonRow[]>(() =>
    this.round.hasValue() ? comparisonRows(this.round.value().runs, this.round.value().published) : [],
  );
  private readonly runNumbers = computed(
    () =>
      new Map(
        numberRuns(this.round.hasValue() ? this.round.value().runs : []).map(({ run, number }) => [run.id, number]),
      ),
  );
  protected readonly publishedRunNumber = computed(() => {
    const published = this.round.hasValue() ? this.round.value().published : null;
    return published ? (this.runNumbers().get(published.runId) ?? null) : null;
  });
  protected readonly unplacedEntries = unplacedEntries;

  // Editing
  protected readonly editing = signal(false);
  /** The round as editing started (taken once, so a reload meanwhile does not wipe what is being typed). */
  protected readonly editStart = signal<RoundEditorStart | null>(null);
  protected readonly update = (value: RoundFormValue) =>
    this.api.update(this.id(), {
      name: value.name,
      deadline: value.deadline,
      maxChoices: value.maxChoices,
      vacancies: value.vacancies,
    });

  // Running and publishing
  protected readonly seed = new FormControl('', { nonNullable: true, validators: [Validators.pattern(SEED_PATTERN)] });
  protected readonly runForm = new FormGroup({ seed: this.seed });
  protected readonly running = signal(false);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<string | null>(null);
  protected readonly selectedRunId = signal<string | null>(null);
  protected readonly runDetail = httpResource<RoundRunDetailResponse>(() => {
    const runId = this.selectedRunId();
    return runId ? this.api.runUrl(this.id(), runId) : undefined;
  });
  protected readonly selectedRunNumber = computed(() => {
    const runId = this.selectedRunId();
    return runId ? (this.runNumbers().get(runId) ?? 0) : 0;
  });
  protected readonly runError = computed(() => {
    const error = this.runDetail.error();
    return error ? (mapApiError(error).form[0] ?? { key: 'errors.unexpected' }) : null;
  });

  private focusPending = false;

  constructor() {
    effect(() => {
      if (this.runDetail.hasValue() && !this.runDetail.isLoading() && this.focusPending) {
        this.focusPending = false;
        afterNextRender(() => this.focusRun(), { injector: this.injector });
      }
    });
  }

  protected startEditing(): void {
    if (!this.round.hasValue()) {
      return;
    }
    const round = this.round.value();
    this.editStart.set({
      name: round.name,
      deadline: round.deadline,
      maxChoices: round.maxChoices,
      vacancies: roundToEntries(round),
    });
    this.editing.set(true);
  }

  protected updated(round: RoundDetailResponse): void {
    this.round.set(round);
    this.editing.set(false);
    this.snackBar.open(this.transloco.translate('schoolRounds.updated', { name: round.name }), undefined, {
      duration: 5000,
    });
  }

  protected remove(): void {
    if (!this.round.hasValue() || this.busy()) {
      return;
    }
    const name = this.round.value().name;
    confirmAction(this.dialog, {
      titleKey: 'schoolRounds.delete.title',
      textKey: 'schoolRounds.delete.text',
      confirmKey: 'schoolRounds.delete.confirm',
      params: { name },
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          this.actionError.set(null);
          return this.api.remove(this.id()).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(this.transloco.translate('schoolRounds.delete.done', { name }), undefined, {
            duration: 5000,
          });
          void this.router.navigate(['/school/rondes']);
        },
        error: (error: unknown) => this.showActionError(error),
      });
  }

  protected runAllocation(): void {
    if (this.running() || this.seed.invalid) {
      this.seed.markAsTouched();
      return;
    }
    const seed = this.seed.value.trim();
    this.running.set(true);
    this.actionError.set(null);
    this.api
      .run(this.id(), seed ? { seed } : {})
      .pipe(finalize(() => this.running.set(false)))
      .subscribe({
        next: (run) => {
          this.round.reload();
          this.seed.reset('');
          this.openRun(run.id);
          this.snackBar.open(this.transloco.translate('schoolRounds.runDone'), undefined, { duration: 5000 });
        },
        error: (error: unknown) => this.showActionError(error),
      });
  }

  protected openRun(runId: string): void {
    this.selectedRunId.set(runId);
    this.focusPending = true;
  }

  protected publish(runId: string, method: AllocationMethod): void {
    const round = this.round.hasValue() ? this.round.value() : null;
    const run = round?.runs.find((item) => item.id === runId);
    if (!round || !run || this.busy()) {
      return;
    }
    const stats = run[method];
    confirmAction(this.dialog, {
      titleKey: 'schoolRounds.publishDialog.title',
      textKey: 'schoolRounds.publishDialog.text',
      confirmKey: 'schoolRounds.publishDialog.confirm',
      params: {
        n: this.runNumbers().get(runId) ?? 0,
        method: this.transloco.translate(`schoolRounds.methods.${method}`),
        placed: stats.placed,
        unplaced: stats.students - stats.placed,
        name: round.name,
      },
    })
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.busy.set(true);
          this.actionError.set(null);
          return this.api.publish(this.id(), { runId, method }).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: (published) => {
          this.round.set(published);
          this.snackBar.open(
            this.transloco.translate('schoolRounds.publishDone', { name: published.name }),
            undefined,
            {
              duration: 8000,
            },
          );
        },
        error: (error: unknown) => {
          this.showActionError(error);
          this.round.reload();
        },
      });
  }

  private showActionError(error: unknown): void {
    const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
    this.actionError.set(refusalText(error) ?? this.transloco.translate(message.key, message.params));
  }

  /** The opened run appears below the comparison: once it has loaded, move the focus to its heading. */
  private focusRun(): void {
    const heading = this.host.nativeElement.querySelector<HTMLElement>('[data-testid="run-detail"] h3');
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }
}
