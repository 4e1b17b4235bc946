import { HttpClient, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  API_ROUTES,
  CandidateLanguageInput,
  CandidateProfileResponse,
  Certificate,
  CERTIFICATES,
  EDUCATION_LEVELS,
  EducationLevel,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  LanguageCode,
  LanguageLevel,
  LEARNING_ROUTES,
  LearningRoute,
  PROFILE_LIMITS,
  QualificationResponse,
  SchoolOptionResponse,
  VACANCY_LIMITS,
  VACANCY_TYPES,
  VacancyType,
} from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { apiUrl } from '../core/api/api-url';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe, dateOrderValidator } from '../core/forms/control-error';
import { LabelPipe } from '../shared/label';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import { QualificationAutocomplete } from '../shared/qualification-autocomplete';
import { SkillPicker } from '../shared/skills/skill-picker';
import { PickedSkill } from '../shared/skills/skill-picker.state';
import { TaxonomyService } from '../shared/taxonomy.service';
import { DEFAULT_MAX_TRAVEL_KM, PROFILE_FIELD_CONTROLS, profileFormToInput, profileToFormValue } from './profile-form';

/** The latest date of birth that passes the platform's minimum age (today minus PROFILE_LIMITS.minAge years). */
function latestBirthDate(): Date {
  const today = new Date();
  return new Date(today.getFullYear() - PROFILE_LIMITS.minAge, today.getMonth(), today.getDate());
}

/** /profiel: a candidate's whole profile, saved at once. */
@Component({
  selector: 'tz-profile-page',
  imports: [
    ControlErrorPipe,
    LabelPipe,
    MatButtonModule,
    MatCheckboxModule,
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
    SkillPicker,
    TranslocoPipe,
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly taxonomy = inject(TaxonomyService);

  protected readonly limits = PROFILE_LIMITS;
  protected readonly vacancyLimits = VACANCY_LIMITS;
  protected readonly levels = EDUCATION_LEVELS;
  protected readonly routes = LEARNING_ROUTES;
  protected readonly types = VACANCY_TYPES;
  protected readonly certificates = CERTIFICATES;
  protected readonly languageCodes = LANGUAGE_CODES;
  protected readonly languageLevels = LANGUAGE_LEVELS;
  protected readonly maxBirthDate = latestBirthDate();

  protected readonly form = this.fb.group(
    {
      schoolId: this.fb.control<string | null>(null),
      programId: this.fb.control<string | null>(null),
      cohortId: this.fb.control<string | null>(null),
      educationLevel: this.fb.control<EducationLevel | null>(null),
      route: this.fb.control<LearningRoute | null>(null),
      qualificationCrebo: this.fb.control<string | null>(null),
      dateOfBirth: this.fb.control<Date | null>(null),
      homePlace: new FormControl<PlaceOption | null>(null),
      maxTravelKm: this.fb.control<number | null>(DEFAULT_MAX_TRAVEL_KM, [
        Validators.required,
        Validators.min(0),
        Validators.max(PROFILE_LIMITS.maxTravelKmMax),
      ]),
      wantedTypes: this.fb.control<VacancyType[]>([]),
      sectorCodes: this.fb.control<string[]>([]),
      hoursPerWeekMin: this.fb.control<number | null>(null, [
        Validators.min(VACANCY_LIMITS.hoursMin),
        Validators.max(VACANCY_LIMITS.hoursMax),
      ]),
      hoursPerWeekMax: this.fb.control<number | null>(null, [
        Validators.min(VACANCY_LIMITS.hoursMin),
        Validators.max(VACANCY_LIMITS.hoursMax),
      ]),
      availableFrom: this.fb.control<Date | null>(null),
      availableTo: this.fb.control<Date | null>(null),
      skills: this.fb.control<PickedSkill[]>([]),
      certificates: this.fb.control<Certificate[]>([]),
      languages: this.fb.control<CandidateLanguageInput[]>([]),
      about: ['', Validators.maxLength(PROFILE_LIMITS.aboutMax)],
      experience: ['', Validators.maxLength(PROFILE_LIMITS.experienceMax)],
      discoverable: [false],
    },
    { validators: dateOrderValidator('availableFrom', 'availableTo') },
  );

  protected readonly profile = signal<CandidateProfileResponse | null>(null);
  protected readonly loadError = signal<TranslatableMessage | null>(null);
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<TranslatableMessage[]>([]);
  private restoring = false;
  protected readonly isStudent = computed(() => this.profile()?.kind === 'student');

  protected readonly schools = httpResource<SchoolOptionResponse[]>(() => apiUrl(API_ROUTES.schools));
  private readonly schoolId = toSignal(this.form.controls.schoolId.valueChanges, { initialValue: null });
  private readonly programId = toSignal(this.form.controls.programId.valueChanges, { initialValue: null });
  protected readonly school = computed(() => {
    const id = this.schoolId();
    return this.schools.hasValue() ? (this.schools.value().find((school) => school.id === id) ?? null) : null;
  });
  protected readonly program = computed(
    () => this.school()?.programs.find((program) => program.id === this.programId()) ?? null,
  );
  protected readonly languages = toSignal(this.form.controls.languages.valueChanges, {
    initialValue: [] as CandidateLanguageInput[],
  });
  protected readonly qualificationCrebo = toSignal(this.form.controls.qualificationCrebo.valueChanges, {
    initialValue: null,
  });
  protected readonly qualification = computed(() => {
    const crebo = this.qualificationCrebo();
    return crebo ? (this.taxonomy.qualificationByCrebo().get(crebo) ?? { crebo, nl: crebo, en: crebo }) : null;
  });
  protected readonly aboutLength = toSignal(this.form.controls.about.valueChanges, { initialValue: '' });
  protected readonly experienceLength = toSignal(this.form.controls.experience.valueChanges, { initialValue: '' });

  constructor() {
    this.taxonomy.sectors.load();
    this.taxonomy.qualifications.load();
    // A new school empties programme and cohort; a new programme empties the cohort and fills level and route.
    this.form.controls.schoolId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (!this.restoring) {
        this.form.patchValue({ programId: null, cohortId: null });
      }
    });
    this.form.controls.programId.valueChanges.pipe(takeUntilDestroyed()).subscribe((programId) => {
      if (this.restoring) {
        return;
      }
      this.form.controls.cohortId.setValue(null);
      const program = this.school()?.programs.find((item) => item.id === programId);
      if (program) {
        this.form.patchValue({ educationLevel: program.level, route: program.route ?? this.form.controls.route.value });
      }
    });
  }

  ngOnInit(): void {
    this.http
      .get<CandidateProfileResponse>(apiUrl(API_ROUTES.me.profile))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (profile) => this.show(profile),
        error: (error: unknown) => this.loadError.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  protected chooseQualification(item: QualificationResponse): void {
    this.form.controls.qualificationCrebo.setValue(item.crebo);
    this.form.controls.qualificationCrebo.markAsDirty();
  }

  protected clearQualification(): void {
    this.form.controls.qualificationCrebo.setValue(null);
    this.form.controls.qualificationCrebo.markAsDirty();
  }

  protected toggleType(type: VacancyType, on: boolean): void {
    const control = this.form.controls.wantedTypes;
    const without = control.value.filter((item) => item !== type);
    control.setValue(on ? [...without, type] : without);
    control.markAsDirty();
  }

  protected addLanguage(): void {
    const control = this.form.controls.languages;
    const used = new Set(control.value.map((language) => language.code));
    const code = LANGUAGE_CODES.find((candidate) => !used.has(candidate));
    if (code) {
      control.setValue([...control.value, { code, level: 'conversational' }]);
      control.markAsDirty();
    }
  }

  protected setLanguage(index: number, patch: { code?: LanguageCode; level?: LanguageLevel }): void {
    const control = this.form.controls.languages;
    control.setValue(control.value.map((language, i) => (i === index ? { ...language, ...patch } : language)));
    control.markAsDirty();
  }

  protected removeLanguage(index: number): void {
    const control = this.form.controls.languages;
    control.setValue(control.value.filter((_language, i) => i !== index));
    control.markAsDirty();
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([{ key: 'errors.badRequest' }]);
      return;
    }
    this.saving.set(true);
    this.formErrors.set([]);
    this.http
      .put<CandidateProfileResponse>(
        apiUrl(API_ROUTES.me.profile),
        profileFormToInput(this.form.getRawValue(), this.isStudent()),
      )
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (profile) => {
          this.show(profile);
          this.snackBar.open(this.transloco.translate('profile.saved'), undefined, { duration: 5000 });
        },
        error: (error: unknown) => {
          const mapped = mapApiError(error, { fields: Object.keys(PROFILE_FIELD_CONTROLS) });
          const byControl = Object.fromEntries(
            Object.entries(mapped.fields).map(([field, message]) => [PROFILE_FIELD_CONTROLS[field] ?? field, message]),
          );
          applyServerErrors(this.form.controls, byControl);
          this.formErrors.set(mapped.form.length > 0 ? mapped.form : [{ key: 'errors.badRequest' }]);
        },
      });
  }

  private show(profile: CandidateProfileResponse): void {
    this.profile.set(profile);
    // Reset without the cascade (school → programme → cohort) wiping the saved choices.
    this.restoring = true;
    try {
      this.form.reset(profileToFormValue(profile));
    } finally {
      this.restoring = false;
    }
  }
}
