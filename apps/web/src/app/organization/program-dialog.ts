import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  EDUCATION_LEVELS,
  EducationLevel,
  LEARNING_ROUTES,
  LearningRoute,
  ProgramInput,
  ProgramResponse,
  QualificationResponse,
} from '@techzone/contracts';
import { Observable } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { applyServerErrors, ControlErrorPipe } from '../core/forms/control-error';
import { LabelPipe } from '../shared/label';
import { QualificationAutocomplete } from '../shared/qualification-autocomplete';
import { TaxonomyService } from '../shared/taxonomy.service';

export interface ProgramDialogData {
  program: ProgramResponse | null;
  /** Saves and completes with the stored programme; errors stay in the dialog. */
  save: (input: ProgramInput) => Observable<ProgramResponse>;
}

const MBO_LEVELS: readonly EducationLevel[] = ['mbo1', 'mbo2', 'mbo3', 'mbo4'];

/** The programme as the API takes it: MBO programmes have a crebo, HBO/WO ones a CROHO code. */
export function programInput(value: {
  name: string;
  crebo: string | null;
  croho: string;
  level: EducationLevel;
  route: LearningRoute | null;
}): ProgramInput {
  const mbo = MBO_LEVELS.includes(value.level);
  return {
    name: value.name.trim(),
    level: value.level,
    crebo: mbo ? value.crebo : null,
    croho: mbo ? null : value.croho.trim() || null,
    route: mbo ? value.route : null,
  };
}

@Component({
  selector: 'tz-program-dialog',
  imports: [
    ControlErrorPipe,
    LabelPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    QualificationAutocomplete,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ (data.program ? 'programs.editTitle' : 'programs.newTitle') | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'programs.name' | transloco }}</mat-label>
          <input matInput formControlName="name" required cdkFocusInitial />
          @if (form.controls.name.errors | tzControlError; as error) {
            <mat-error>{{ error.key | transloco: error.params }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'programs.level' | transloco }}</mat-label>
          <mat-select formControlName="level" required>
            @for (level of levels; track level) {
              <mat-option [value]="level">{{ 'vacancy.levels.' + level | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (isMbo()) {
          @if (form.controls.crebo.value; as crebo) {
            <p>
              {{ 'programs.qualification' | transloco }}:
              <strong>{{ (taxonomy.qualificationByCrebo().get(crebo) | tzLabel) || crebo }}</strong> (crebo {{ crebo }})
            </p>
          }
          <tz-qualification-autocomplete label="programs.chooseQualification" (picked)="chooseQualification($event)" />
          @if (form.controls.crebo.errors | tzControlError; as error) {
            <p class="error" role="alert">{{ error.key | transloco: error.params }}</p>
          }
          <mat-form-field>
            <mat-label>{{ 'programs.route' | transloco }}</mat-label>
            <mat-select formControlName="route">
              <mat-option [value]="null">{{ 'common.none' | transloco }}</mat-option>
              @for (route of routes; track route) {
                <mat-option [value]="route">{{ 'profile.routes.' + route | transloco }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        } @else {
          <mat-form-field>
            <mat-label>{{ 'programs.croho' | transloco }}</mat-label>
            <input matInput formControlName="croho" inputmode="numeric" />
            <mat-hint>{{ 'programs.crohoHint' | transloco }}</mat-hint>
            @if (form.controls.croho.errors | tzControlError; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
        }
        @if (errors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of errors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button type="submit" mat-flat-button [disabled]="saving()">{{ 'common.save' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    mat-form-field {
      width: 100%;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramDialog {
  protected readonly data = inject<ProgramDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ProgramDialog, ProgramResponse>>(MatDialogRef);
  protected readonly taxonomy = inject(TaxonomyService);
  protected readonly levels = EDUCATION_LEVELS.filter((level) => level !== 'none');
  protected readonly routes = LEARNING_ROUTES;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.data.program?.name ?? '', [Validators.required, Validators.maxLength(200)]],
    level: [this.data.program?.level ?? ('mbo3' as EducationLevel), Validators.required],
    crebo: [this.data.program?.crebo ?? (null as string | null)],
    croho: [this.data.program?.croho ?? ''],
    route: [this.data.program?.route ?? (null as LearningRoute | null)],
  });
  private readonly level = toSignal(this.form.controls.level.valueChanges, {
    initialValue: this.form.controls.level.value,
  });
  protected readonly isMbo = computed(() => MBO_LEVELS.includes(this.level()));
  protected readonly saving = signal(false);
  protected readonly errors = signal<TranslatableMessage[]>([]);

  constructor() {
    this.taxonomy.qualifications.load();
  }

  protected chooseQualification(item: QualificationResponse): void {
    this.form.patchValue({ crebo: item.crebo, level: `mbo${item.level}` as EducationLevel });
    if (!this.form.controls.name.value.trim()) {
      this.form.controls.name.setValue(item.nl);
    }
  }

  protected submit(): void {
    if (this.form.invalid || this.saving()) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.errors.set([]);
    this.data.save(programInput(this.form.getRawValue())).subscribe({
      next: (program) => this.dialogRef.close(program),
      error: (error: unknown) => {
        this.saving.set(false);
        const mapped = mapApiError(error, { fields: ['name', 'level', 'crebo', 'croho', 'route'] });
        applyServerErrors(this.form.controls, mapped.fields);
        this.errors.set(mapped.form);
      },
    });
  }
}
