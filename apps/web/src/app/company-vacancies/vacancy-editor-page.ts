import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  Certificate,
  CERTIFICATES,
  EDUCATION_LEVELS,
  EducationLevel,
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  QualificationResponse,
  VACANCY_LIMITS,
  VACANCY_TYPES,
  VacancyDetailResponse,
  VacancyStatus,
  VacancyType,
} from '@techzone/contracts';
import { finalize, Observable, of, switchMap } from 'rxjs';
import { apiErrorStatus, apiErrorText, mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { applyServerErrors, ControlErrorPipe, dateOrderValidator } from '../core/forms/control-error';
import { LabelPipe } from '../shared/label';
import { membershipOf } from '../shared/memberships';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import { QualificationAutocomplete } from '../shared/qualification-autocomplete';
import { SkillPicker } from '../shared/skills/skill-picker';
import { PickedSkill } from '../shared/skills/skill-picker.state';
import { TaxonomyService } from '../shared/taxonomy.service';
import { CompanyVacanciesApi } from './company-vacancies.api';
import {
  EMPTY_VACANCY_FORM,
  QualificationChip,
  VACANCY_FIELD_CONTROLS,
  vacancyFormToCreateRequest,
  vacancyFormToInput,
  VacancyFormValue,
  vacancyToFormValue,
} from './vacancy-form';

/** /bedrijf/vacatures/nieuw and /bedrijf/vacatures/:id/bewerken: write a vacancy, save it as a draft or publish it. */
@Component({
  selector: 'tz-vacancy-editor-page',
  imports: [
    ControlErrorPipe,
    LabelPipe,
    MatButtonModule,
    MatChipsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    PlaceAutocomplete,
    QualificationAutocomplete,
    ReactiveFormsModule,
    RouterLink,
    SkillPicker,
    TranslocoPipe,
  ],
  templateUrl: './vacancy-editor-page.html',
  styleUrl: './vacancy-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyEditorPage implements OnInit {
  private readonly api = inject(CompanyVacanciesApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly taxonomy = inject(TaxonomyService);

  /** Route parameter; absent for a new vacancy. */
  readonly id = input<string>();

  protected readonly limits = VACANCY_LIMITS;
  protected readonly types = VACANCY_TYPES;
  protected readonly levels = EDUCATION_LEVELS;
  protected readonly certificates = CERTIFICATES;

  protected readonly form = this.fb.group(
    {
      type: this.fb.control<VacancyType | null>(null, Validators.required),
      title: ['', [Validators.required, Validators.maxLength(VACANCY_LIMITS.titleMax)]],
      description: ['', [Validators.required, Validators.maxLength(VACANCY_LIMITS.descriptionMax)]],
      place: new FormControl<PlaceOption | null>(null, Validators.required),
      levels: this.fb.control<EducationLevel[]>([]),
      qualifications: this.fb.control<QualificationChip[]>([]),
      sectorCode: this.fb.control<string | null>(null),
      skills: this.fb.control<PickedSkill[]>([]),
      certificates: this.fb.control<Certificate[]>([]),
      minAge: this.fb.control<number | null>(null, [
        Validators.min(VACANCY_LIMITS.minAgeMin),
        Validators.max(VACANCY_LIMITS.minAgeMax),
      ]),
      hoursPerWeek: this.fb.control<number | null>(null, [
        Validators.required,
        Validators.min(VACANCY_LIMITS.hoursMin),
        Validators.max(VACANCY_LIMITS.hoursMax),
      ]),
      startDate: this.fb.control<Date | null>(null),
      endDate: this.fb.control<Date | null>(null),
      positions: this.fb.control<number | null>(1, [
        Validators.required,
        Validators.min(1),
        Validators.max(VACANCY_LIMITS.positionsMax),
      ]),
      compensation: ['', Validators.maxLength(VACANCY_LIMITS.compensationMax)],
      contactName: ['', Validators.maxLength(NAME_MAX_LENGTH)],
      contactEmail: ['', [Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
      expiresAt: this.fb.control<Date | null>(null),
      blindReview: this.fb.control(false),
    },
    { validators: dateOrderValidator('startDate', 'endDate') },
  );

  protected readonly description = toSignal(this.form.controls.description.valueChanges, { initialValue: '' });
  protected readonly qualifications = toSignal(this.form.controls.qualifications.valueChanges, {
    initialValue: [] as QualificationChip[],
  });
  protected readonly qualificationCrebos = computed(() => this.qualifications().map((item) => item.crebo));

  protected readonly membership = computed(() => membershipOf(this.auth.user(), 'company'));
  protected readonly verified = computed(() => this.membership()?.verified ?? false);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<TranslatableMessage | null>(null);
  protected readonly status = signal<VacancyStatus | null>(null);
  protected readonly savedId = signal<string | null>(null);
  protected readonly busy = signal<'save' | 'publish' | null>(null);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly isNew = computed(() => this.savedId() === null);

  constructor() {
    this.taxonomy.sectors.load();
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.form.reset({ ...EMPTY_VACANCY_FORM });
      return;
    }
    this.loading.set(true);
    this.api
      .get(id)
      .pipe(
        finalize(() => this.loading.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (vacancy) => this.show(vacancy),
        error: (error: unknown) => this.loadError.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  protected addQualification(item: QualificationResponse): void {
    const control = this.form.controls.qualifications;
    if (control.value.some((existing) => existing.crebo === item.crebo)) {
      return;
    }
    if (control.value.length >= VACANCY_LIMITS.qualificationsMax) {
      return;
    }
    control.setValue([...control.value, { crebo: item.crebo, nl: item.nl, en: item.en, level: item.level }]);
    control.markAsDirty();
  }

  protected removeQualification(crebo: string): void {
    const control = this.form.controls.qualifications;
    control.setValue(control.value.filter((item) => item.crebo !== crebo));
    control.markAsDirty();
  }

  protected saveDraft(): void {
    this.submit(false);
  }

  protected publish(): void {
    this.submit(true);
  }

  private submit(publish: boolean): void {
    if (this.busy()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([this.transloco.translate('errors.badRequest')]);
      return;
    }
    const membership = this.membership();
    if (!membership) {
      return;
    }
    const value = this.form.getRawValue() as VacancyFormValue;
    const savedId = this.savedId();
    const wasNew = savedId === null;
    this.busy.set(publish ? 'publish' : 'save');
    this.formErrors.set([]);
    const save$: Observable<VacancyDetailResponse> = savedId
      ? this.api.update(savedId, vacancyFormToInput(value))
      : this.api.create(vacancyFormToCreateRequest(value, membership.organizationId));
    save$
      .pipe(
        switchMap((saved) => {
          this.afterSave(saved);
          return publish ? this.api.publish(saved.id) : of(saved);
        }),
        finalize(() => this.busy.set(null)),
      )
      .subscribe({
        next: (vacancy) => {
          this.show(vacancy);
          if (wasNew) {
            // Reloading the page now edits this vacancy instead of creating another one.
            void this.router.navigate(['/bedrijf/vacatures', vacancy.id, 'bewerken'], { replaceUrl: true });
          }
          const key = publish ? 'vacancyEditor.published' : 'vacancyEditor.saved';
          this.snackBar.open(this.transloco.translate(key, { title: vacancy.title }), undefined, { duration: 5000 });
        },
        error: (error: unknown) => this.showError(error),
      });
  }

  /** Saved: later saves (and a failed publish's retry) update this vacancy instead of creating another. */
  private afterSave(saved: VacancyDetailResponse): void {
    this.savedId.set(saved.id);
    this.status.set(saved.status);
    this.form.markAsPristine();
  }

  private show(vacancy: VacancyDetailResponse): void {
    this.savedId.set(vacancy.id);
    this.status.set(vacancy.status);
    this.form.reset(vacancyToFormValue(vacancy));
  }

  private showError(error: unknown): void {
    if (apiErrorStatus(error) === 403) {
      const text = apiErrorText(error);
      this.formErrors.set([text ?? this.transloco.translate('errors.forbidden')]);
      return;
    }
    const mapped = mapApiError(error, { fields: Object.keys(VACANCY_FIELD_CONTROLS) });
    const byControl = Object.fromEntries(
      Object.entries(mapped.fields).map(([field, message]) => [VACANCY_FIELD_CONTROLS[field] ?? field, message]),
    );
    applyServerErrors(this.form.controls, byControl);
    this.formErrors.set(mapped.form.map((message) => this.transloco.translate(message.key, message.params)));
  }
}
