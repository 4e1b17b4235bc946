import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ROUND_LIMITS, RoundDetailResponse, VacancySummaryResponse } from '@techzone/contracts';
import { finalize, Observable } from 'rxjs';
import { apiErrorStatus, apiErrorText, mapApiError } from '../core/api/api-error';
import { ControlErrorPipe, SERVER_ERROR } from '../core/forms/control-error';
import { combineDateAndTime } from '../shared/applications/application-status';
import {
  CohortGroup,
  controlOfField,
  deadlineParts,
  DEFAULT_MAX_CHOICES,
  defaultDeadline,
  entriesToInput,
  futureDeadlineValidator,
  maxCapacity,
  RoundFormValue,
  RoundVacancyEntry,
} from './round-form';
import { RoundVacancyPicker } from './vacancy-picker';

type PlaceGroup = FormGroup<{
  vacancy: FormControl<VacancySummaryResponse>;
  capacity: FormControl<number | null>;
}>;

/** The round as it is when editing starts (absent for a new round). */
export interface RoundEditorStart {
  name: string;
  deadline: string;
  maxChoices: number;
  vacancies: RoundVacancyEntry[];
}

/**
 * The form of a placement round: name, cohort (new rounds only), deadline (day and time), the most choices a
 * student makes, and the places: vacancies found by a search, each with the number of places the round offers.
 */
@Component({
  selector: 'tz-round-editor',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatTimepickerModule,
    ReactiveFormsModule,
    RoundVacancyPicker,
    TranslocoPipe,
  ],
  template: `
    <form class="editor" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="round-form">
      @if (formErrors().length > 0) {
        <div class="tz-form-error" role="alert" data-testid="round-form-error">
          @for (message of formErrors(); track message) {
            <p>{{ message }}</p>
          }
        </div>
      }
      <fieldset>
        <legend>{{ 'schoolRounds.form.basics' | transloco }}</legend>
        <mat-form-field>
          <mat-label>{{ 'schoolRounds.form.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required [maxlength]="limits.nameMax" />
          <mat-hint>{{ 'schoolRounds.form.nameHint' | transloco }}</mat-hint>
          @if (form.controls.name.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        @if (!start()) {
          <mat-form-field>
            <mat-label>{{ 'schoolRounds.form.cohort' | transloco }}</mat-label>
            <mat-select formControlName="cohortId" required>
              @for (group of cohorts(); track group.program) {
                <mat-optgroup [label]="group.program">
                  @for (cohort of group.cohorts; track cohort.id) {
                    <mat-option [value]="cohort.id">{{ group.program }} · {{ cohort.name }}</mat-option>
                  }
                </mat-optgroup>
              }
            </mat-select>
            <mat-hint>{{ 'schoolRounds.form.cohortHint' | transloco }}</mat-hint>
            @if (form.controls.cohortId.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          @if (cohorts().length === 0) {
            <p class="field-error">{{ 'schoolRounds.form.noCohorts' | transloco }}</p>
          }
        }
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'schoolRounds.form.deadlineDate' | transloco }}</mat-label>
            <input matInput formControlName="date" [matDatepicker]="datePicker" [min]="today" required />
            <mat-hint>{{ 'common.dateHint' | transloco }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="datePicker" />
            <mat-datepicker #datePicker />
            @if (form.controls.date.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'schoolRounds.form.deadlineTime' | transloco }}</mat-label>
            <input matInput formControlName="time" [matTimepicker]="timePicker" required />
            <mat-hint>{{ 'schoolRounds.form.timeHint' | transloco }}</mat-hint>
            <mat-timepicker-toggle matIconSuffix [for]="timePicker" />
            <mat-timepicker #timePicker interval="30m" />
            @if (form.controls.time.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        </div>
        @if (form.errors?.['past'] && (form.controls.date.touched || form.controls.time.touched)) {
          <p class="field-error" role="alert">{{ 'errors.codes.past' | transloco }}</p>
        }
        <mat-form-field>
          <mat-label>{{ 'schoolRounds.form.maxChoices' | transloco }}</mat-label>
          <input
            matInput
            type="number"
            formControlName="maxChoices"
            required
            [min]="limits.choicesMin"
            [max]="limits.choicesMax"
          />
          <mat-hint>{{ 'schoolRounds.form.maxChoicesHint' | transloco }}</mat-hint>
          @if (form.controls.maxChoices.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
      </fieldset>

      <fieldset>
        <legend>{{ 'schoolRounds.form.places' | transloco }}</legend>
        <p class="hint">{{ 'schoolRounds.form.placesIntro' | transloco }}</p>
        <tz-round-vacancy-picker [chosen]="chosenIds()" (add)="addPlace($event)" />

        <h3 class="picked-title" id="picked-heading">
          {{ 'schoolRounds.form.picked' | transloco: { count: places.length, positions: totalPlaces() } }}
        </h3>
        @if (places.length === 0) {
          <p class="hint">{{ 'schoolRounds.form.noPlaces' | transloco }}</p>
        } @else {
          <ul class="picked" formArrayName="vacancies" aria-labelledby="picked-heading">
            @for (group of places.controls; track group.controls.vacancy.value.id; let index = $index) {
              @let vacancy = group.controls.vacancy.value;
              <li [formGroupName]="index" data-testid="round-vacancy">
                <div class="text">
                  <p class="title">{{ vacancy.title }}</p>
                  <p class="muted">
                    {{ vacancy.company.name }} · {{ vacancy.place.name }} ·
                    {{ 'schoolRounds.form.positions' | transloco: { count: vacancy.positions } }}
                  </p>
                </div>
                <mat-form-field class="capacity" subscriptSizing="dynamic">
                  <mat-label>{{ 'schoolRounds.form.capacity' | transloco }}</mat-label>
                  <input
                    matInput
                    type="number"
                    formControlName="capacity"
                    required
                    min="1"
                    [max]="maxOf(vacancy)"
                    [attr.aria-label]="'schoolRounds.form.capacityLabel' | transloco: { title: vacancy.title }"
                  />
                  @if (group.controls.capacity.errors | tzControlError; as error) {
                    <mat-error>{{ error.key | transloco: error.params }}</mat-error>
                  }
                </mat-form-field>
                <button
                  type="button"
                  mat-icon-button
                  [attr.aria-label]="'common.removeItem' | transloco: { name: vacancy.title }"
                  (click)="removePlace(index)"
                >
                  <mat-icon aria-hidden="true" svgIcon="delete" />
                </button>
              </li>
            }
          </ul>
        }
      </fieldset>

      <div class="buttons">
        <button
          type="submit"
          mat-flat-button
          [disabled]="saving()"
          [attr.aria-busy]="saving()"
          data-testid="round-save"
        >
          {{ (start() ? 'schoolRounds.form.saveChanges' : 'schoolRounds.form.create') | transloco }}
        </button>
        <button type="button" mat-button (click)="cancelled.emit()">{{ 'common.cancel' | transloco }}</button>
      </div>
    </form>
  `,
  styles: `
    .editor {
      display: flex;
      flex-direction: column;
      gap: 20px;
      max-width: 760px;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
      margin: 0;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    fieldset > mat-form-field {
      width: 100%;
    }
    legend {
      padding: 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 12px;
    }
    .row mat-form-field {
      width: 100%;
    }
    .hint,
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .field-error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    .picked-title {
      margin: 8px 0 0;
      font: var(--mat-sys-title-small);
    }
    .picked {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .picked li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: center;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .text {
      flex: 1 1 220px;
      min-width: 0;
    }
    .text p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .title {
      font-weight: 500;
    }
    .capacity {
      width: 140px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    @media (max-width: 559.98px) {
      .row {
        grid-template-columns: minmax(0, 1fr);
      }
      fieldset {
        padding: 12px 8px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundEditor {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly transloco = inject(TranslocoService);

  /** The round being edited; absent: a new round (then the cohort is asked). */
  readonly start = input<RoundEditorStart | null>(null);
  readonly cohorts = input<CohortGroup[]>([]);
  /** Saves what the form holds; the form shows the API's errors at its fields. */
  readonly save = input.required<(value: RoundFormValue) => Observable<RoundDetailResponse>>();
  readonly saved = output<RoundDetailResponse>();
  readonly cancelled = output();

  protected readonly limits = ROUND_LIMITS;
  protected readonly today = new Date();
  protected readonly places = new FormArray<PlaceGroup>([]);
  protected readonly form = this.fb.group(
    {
      name: ['', [Validators.required, Validators.maxLength(ROUND_LIMITS.nameMax)]],
      cohortId: this.fb.control<string | null>(null),
      date: this.fb.control<Date | null>(null, Validators.required),
      time: this.fb.control<Date | null>(null, Validators.required),
      maxChoices: this.fb.control<number | null>(DEFAULT_MAX_CHOICES, [
        Validators.required,
        Validators.min(ROUND_LIMITS.choicesMin),
        Validators.max(ROUND_LIMITS.choicesMax),
      ]),
      vacancies: this.places,
    },
    { validators: futureDeadlineValidator('date', 'time') },
  );
  private readonly placesValue = toSignal(this.places.valueChanges, { initialValue: [] });
  protected readonly chosenIds = computed(() =>
    this.placesValue().flatMap((place) => (place.vacancy ? [place.vacancy.id] : [])),
  );
  protected readonly totalPlaces = computed(() =>
    this.placesValue().reduce((sum, place) => sum + (place.capacity ?? 0), 0),
  );
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);

  constructor() {
    effect(() => {
      const start = this.start();
      untracked(() => this.reset(start));
    });
  }

  protected maxOf(vacancy: VacancySummaryResponse): number {
    return maxCapacity(vacancy);
  }

  protected addPlace(vacancy: VacancySummaryResponse): void {
    if (this.chosenIds().includes(vacancy.id) || this.places.length >= ROUND_LIMITS.vacanciesMax) {
      return;
    }
    this.places.push(this.placeGroup({ vacancy, capacity: maxCapacity(vacancy) }));
    this.places.markAsDirty();
  }

  protected removePlace(index: number): void {
    this.places.removeAt(index);
    this.places.markAsDirty();
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    const value = this.form.getRawValue();
    const deadline = combineDateAndTime(value.date, value.time);
    if (this.form.invalid || deadline === null || (!this.start() && !value.cohortId)) {
      this.form.markAllAsTouched();
      this.formErrors.set([this.transloco.translate('errors.badRequest')]);
      return;
    }
    this.saving.set(true);
    this.formErrors.set([]);
    this.save()({
      name: value.name.trim(),
      cohortId: value.cohortId,
      deadline,
      maxChoices: value.maxChoices ?? DEFAULT_MAX_CHOICES,
      vacancies: entriesToInput(value.vacancies.map((place) => ({ vacancy: place.vacancy, capacity: place.capacity }))),
    })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (round) => {
          this.form.markAsPristine();
          this.saved.emit(round);
        },
        error: (error: unknown) => this.showError(error),
      });
  }

  private reset(start: RoundEditorStart | null): void {
    this.places.clear();
    for (const entry of start?.vacancies ?? []) {
      this.places.push(this.placeGroup(entry));
    }
    const deadline = start ? deadlineParts(start.deadline) : defaultDeadline(new Date());
    this.form.controls.cohortId.setValidators(start ? [] : [Validators.required]);
    this.form.reset({
      name: start?.name ?? '',
      cohortId: null,
      date: deadline.date,
      time: deadline.time,
      maxChoices: start?.maxChoices ?? DEFAULT_MAX_CHOICES,
    });
    this.formErrors.set([]);
  }

  private placeGroup(entry: RoundVacancyEntry): PlaceGroup {
    return new FormGroup({
      vacancy: new FormControl(entry.vacancy, { nonNullable: true }),
      capacity: new FormControl<number | null>(entry.capacity, [
        Validators.required,
        Validators.min(1),
        Validators.max(maxCapacity(entry.vacancy)),
      ]),
    });
  }

  private showError(error: unknown): void {
    const status = apiErrorStatus(error);
    if (status === 403 || status === 409) {
      this.formErrors.set([
        apiErrorText(error) ?? this.transloco.translate(status === 403 ? 'errors.forbidden' : 'errors.conflict'),
      ]);
      return;
    }
    const fields = [
      'name',
      'cohortId',
      'deadline',
      'maxChoices',
      ...this.places.controls.flatMap((_, index) => [`vacancies.${index}.capacity`, `vacancies.${index}.vacancyId`]),
    ];
    const mapped = mapApiError(error, { fields });
    const formMessages = mapped.form.map((message) => this.transloco.translate(message.key, message.params));
    for (const [field, message] of Object.entries(mapped.fields)) {
      const target = controlOfField(field);
      const control =
        target?.index !== undefined
          ? this.places.at(target.index)?.controls.capacity
          : target
            ? this.form.get(target.control)
            : null;
      if (control) {
        control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: message });
        control.markAsTouched();
      } else {
        formMessages.push(this.transloco.translate(message.key, message.params));
      }
    }
    this.formErrors.set(formMessages.length ? formMessages : [this.transloco.translate('errors.badRequest')]);
  }
}
