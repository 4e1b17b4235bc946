import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EVENT_KINDS, EVENT_LIMITS, EventKind, EventResponse } from '@techzone/contracts';
import { finalize, Observable } from 'rxjs';
import { apiErrorStatus, apiErrorText, mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { AuthService } from '../core/auth/auth.service';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { PlaceAutocomplete, PlaceOption } from '../shared/place-autocomplete';
import {
  EMPTY_EVENT_FORM,
  endsAfterStart,
  EVENT_FIELD_CONTROLS,
  eventFormToInput,
  EventFormValue,
  eventMoments,
  eventToFormValue,
  isEditable,
  organizingCompany,
} from './events';
import { EventsApi } from './events.api';

/** The whole form: the end comes after the start, and is not over already (as the API checks). */
function eventTimesValidator(group: AbstractControl): ValidationErrors | null {
  const value = group.value as EventFormValue;
  if (!endsAfterStart(value)) {
    return { endBeforeStart: true };
  }
  const { end } = eventMoments(value);
  return end !== null && end.getTime() <= Date.now() ? { past: true } : null;
}

/**
 * /evenementen/nieuw and /evenementen/:id/bewerken: a company member proposes an event of their company (the program
 * office approves it before it is in the agenda); the program office publishes its own at once.
 */
@Component({
  selector: 'tz-event-editor-page',
  imports: [
    ControlErrorPipe,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatTimepickerModule,
    PlaceAutocomplete,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './event-editor-page.html',
  styleUrl: './event-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEditorPage implements OnInit {
  private readonly api = inject(EventsApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter; absent for a new event. */
  readonly id = input<string>();

  protected readonly limits = EVENT_LIMITS;
  protected readonly kinds = EVENT_KINDS;

  protected readonly form = this.fb.group(
    {
      kind: this.fb.control<EventKind | null>(null, Validators.required),
      title: ['', [Validators.required, Validators.maxLength(EVENT_LIMITS.titleMax)]],
      description: ['', [Validators.required, Validators.maxLength(EVENT_LIMITS.descriptionMax)]],
      startDate: this.fb.control<Date | null>(null, Validators.required),
      startTime: this.fb.control<Date | null>(null, Validators.required),
      endDate: this.fb.control<Date | null>(null, Validators.required),
      endTime: this.fb.control<Date | null>(null, Validators.required),
      place: new FormControl<PlaceOption | null>(null, Validators.required),
      address: ['', Validators.maxLength(EVENT_LIMITS.addressMax)],
      capacity: this.fb.control<number | null>(null, [Validators.min(1), Validators.max(EVENT_LIMITS.capacityMax)]),
    },
    { validators: eventTimesValidator },
  );
  protected readonly description = toSignal(this.form.controls.description.valueChanges, { initialValue: '' });

  protected readonly company = computed(() => organizingCompany(this.auth.user()));
  /** A company that is not verified yet cannot add events (the API refuses); the form says so up front. */
  protected readonly blocked = computed(() => {
    const company = this.company();
    return company !== null && !company.verified;
  });
  protected readonly loading = signal(false);
  protected readonly loadError = signal<TranslatableMessage | null>(null);
  protected readonly existing = signal<EventResponse | null>(null);
  protected readonly locked = computed(() => {
    const event = this.existing();
    return event !== null && !isEditable(event, new Date());
  });
  protected readonly saving = signal(false);
  protected readonly formErrors = signal<string[]>([]);

  constructor() {
    // A one-day event: the end date follows the start date until the organiser picks another one.
    this.form.controls.startDate.valueChanges.pipe(takeUntilDestroyed()).subscribe((start) => {
      const end = this.form.controls.endDate;
      if (start && (!end.value || end.value.getTime() < start.getTime())) {
        end.setValue(start);
      }
    });
  }

  ngOnInit(): void {
    const id = this.id();
    if (!id) {
      this.form.reset({ ...EMPTY_EVENT_FORM });
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
        next: (event) => {
          if (!event.canManage) {
            this.loadError.set({ key: 'errors.notFound' });
            return;
          }
          this.existing.set(event);
          this.form.reset(eventToFormValue(event));
        },
        error: (error: unknown) => this.loadError.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  protected submit(): void {
    if (this.saving() || this.blocked()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set([this.transloco.translate('errors.badRequest')]);
      return;
    }
    const input = eventFormToInput(this.form.getRawValue() as EventFormValue);
    const existing = this.existing();
    const company = this.company();
    const save$: Observable<EventResponse> = existing
      ? this.api.update(existing.id, input)
      : this.api.create({ ...input, organizationId: company?.id ?? null });
    this.saving.set(true);
    this.formErrors.set([]);
    save$.pipe(finalize(() => this.saving.set(false))).subscribe({
      next: (event) => {
        this.form.markAsPristine();
        const key = existing
          ? 'events.editor.saved'
          : event.status === 'pending'
            ? 'events.editor.submitted'
            : 'events.editor.published';
        this.snackBar.open(this.transloco.translate(key, { title: event.title }), undefined, { duration: 6000 });
        void this.router.navigate(['/evenementen', event.id]);
      },
      error: (error: unknown) => this.showError(error),
    });
  }

  private showError(error: unknown): void {
    if (apiErrorStatus(error) === 403) {
      this.formErrors.set([apiErrorText(error) ?? this.transloco.translate('errors.forbidden')]);
      return;
    }
    const mapped = mapApiError(error, { fields: Object.keys(EVENT_FIELD_CONTROLS) });
    const byControl = Object.fromEntries(
      Object.entries(mapped.fields).map(([field, message]) => [EVENT_FIELD_CONTROLS[field] ?? field, message]),
    );
    applyServerErrors(this.form.controls, byControl);
    this.formErrors.set(mapped.form.map((message) => this.transloco.translate(message.key, message.params)));
  }
}
