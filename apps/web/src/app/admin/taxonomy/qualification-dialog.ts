import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { LEARNING_ROUTES, LearningRoute, QualificationResponse } from '@techzone/contracts';
import { LabelPipe } from '../../shared/label';
import { SkillAutocomplete } from '../../shared/skills/skill-autocomplete';
import { TaxonomyService } from '../../shared/taxonomy.service';
import { TaxonomyAdminApi } from './taxonomy-admin.api';
import { TaxonomyDialogSubmit } from './taxonomy-dialog-submit';
import {
  CREBO_PATTERN,
  qualificationFormToInput,
  qualificationFormToUpdate,
  QualificationFormValue,
  qualificationToForm,
  TAXONOMY_LIMITS,
} from './taxonomy-editor';
import { TaxonomyErrorPipe } from './taxonomy-error.pipe';

export interface QualificationDialogData {
  /** null: a new qualification. */
  qualification: QualificationResponse | null;
}

const FIELDS = ['crebo', 'nl', 'en', 'level', 'dossierCrebo', 'dossier', 'domain', 'routes', 'skillCodes'] as const;

/** Add an MBO qualification (by crebo) or change one: names, level, dossier, learning routes and typical skills. */
@Component({
  selector: 'tz-qualification-dialog',
  imports: [
    LabelPipe,
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    SkillAutocomplete,
    TaxonomyErrorPipe,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.qualification ? 'admin.taxonomy.qualifications.editTitle' : 'admin.taxonomy.qualifications.newTitle')
          | transloco: { code: data.qualification?.crebo ?? '' }
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (submit.formErrors().length > 0) {
          <div class="tz-form-error" role="alert">
            @for (message of submit.formErrors(); track message.key) {
              <p>{{ message.key | transloco: message.params }}</p>
            }
          </div>
        }
        <div class="form">
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.crebo' | transloco }}</mat-label>
              <input matInput formControlName="crebo" required inputmode="numeric" maxlength="5" cdkFocusInitial />
              <mat-hint>{{ 'admin.taxonomy.formats.crebo' | transloco }}</mat-hint>
              @if (form.controls.crebo.errors | tzTaxonomyError: 'crebo'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.mboLevel' | transloco }}</mat-label>
              <mat-select formControlName="level" required>
                @for (level of levels; track level) {
                  <mat-option [value]="level">{{ 'admin.taxonomy.mboLevel' | transloco: { level } }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.nl' | transloco }}</mat-label>
            <input matInput formControlName="nl" required lang="nl" [maxlength]="limits.qualificationName" />
            @if (form.controls.nl.errors | tzTaxonomyError: 'nl'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.en' | transloco }}</mat-label>
            <input matInput formControlName="en" required lang="en" [maxlength]="limits.qualificationName" />
            @if (form.controls.en.errors | tzTaxonomyError: 'en'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.dossierCrebo' | transloco }}</mat-label>
              <input matInput formControlName="dossierCrebo" required inputmode="numeric" maxlength="5" />
              <mat-hint>{{ 'admin.taxonomy.formats.dossierCrebo' | transloco }}</mat-hint>
              @if (form.controls.dossierCrebo.errors | tzTaxonomyError: 'dossierCrebo'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.routes' | transloco }}</mat-label>
              <mat-select formControlName="routes" multiple>
                @for (route of routes; track route) {
                  <mat-option [value]="route">{{ route }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.dossier' | transloco }}</mat-label>
            <input matInput formControlName="dossier" required [maxlength]="limits.dossier" />
            @if (form.controls.dossier.errors | tzTaxonomyError: 'dossier'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.domain' | transloco }}</mat-label>
            <input matInput formControlName="domain" required [maxlength]="limits.domain" />
            @if (form.controls.domain.errors | tzTaxonomyError: 'domain'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <tz-skill-autocomplete
            label="admin.taxonomy.fields.skillCodes"
            hint="admin.taxonomy.skillCodesHint"
            [exclude]="skillCodes()"
            (picked)="addSkill($event)"
          />
          @if (skillCodes().length > 0) {
            <mat-chip-set [attr.aria-label]="'admin.taxonomy.fields.skillCodes' | transloco">
              @for (code of skillCodes(); track code) {
                @let name = (taxonomy.skillByCode().get(code) | tzLabel) || code;
                <mat-chip (removed)="removeSkill(code)">
                  {{ name }}
                  <button matChipRemove [attr.aria-label]="'common.removeItem' | transloco: { name }">
                    <mat-icon aria-hidden="true" svgIcon="cancel" />
                  </button>
                </mat-chip>
              }
            </mat-chip-set>
          }
          @if (form.controls.skillCodes.errors | tzTaxonomyError: 'skillCodes'; as error) {
            <p class="field-error" role="alert">{{ error.key | transloco: error.params }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button type="button" mat-button mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button type="submit" mat-flat-button [disabled]="submit.saving()" [attr.aria-busy]="submit.saving()">
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './taxonomy-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationDialog {
  protected readonly data = inject<QualificationDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<QualificationDialog, QualificationResponse>>(MatDialogRef);
  private readonly api = inject(TaxonomyAdminApi);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly taxonomy = inject(TaxonomyService);

  protected readonly limits = TAXONOMY_LIMITS;
  protected readonly levels = [1, 2, 3, 4] as const;
  protected readonly routes = LEARNING_ROUTES;
  private readonly initial = qualificationToForm(this.data.qualification);
  protected readonly form = this.fb.group({
    crebo: this.fb.control(
      { value: this.initial.crebo, disabled: this.data.qualification !== null },
      { validators: [Validators.required, Validators.pattern(CREBO_PATTERN)] },
    ),
    nl: [this.initial.nl, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.qualificationName)]],
    en: [this.initial.en, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.qualificationName)]],
    level: this.fb.control<1 | 2 | 3 | 4>(this.initial.level, Validators.required),
    dossierCrebo: [this.initial.dossierCrebo, [Validators.required, Validators.pattern(CREBO_PATTERN)]],
    dossier: [this.initial.dossier, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.dossier)]],
    domain: [this.initial.domain, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.domain)]],
    routes: this.fb.control<LearningRoute[]>(this.initial.routes),
    skillCodes: this.fb.control<string[]>(this.initial.skillCodes),
  });
  protected readonly skillCodes = toSignal(this.form.controls.skillCodes.valueChanges, {
    initialValue: this.initial.skillCodes,
  });
  protected readonly submit = new TaxonomyDialogSubmit(this.form, this.dialogRef, FIELDS, 'crebo');

  protected addSkill(code: string): void {
    const control = this.form.controls.skillCodes;
    if (!control.value.includes(code)) {
      control.setValue([...control.value, code]);
      control.markAsDirty();
    }
  }

  protected removeSkill(code: string): void {
    const control = this.form.controls.skillCodes;
    control.setValue(control.value.filter((item) => item !== code));
    control.markAsDirty();
  }

  protected save(): void {
    const existing = this.data.qualification;
    this.submit.run(() => {
      const value = this.form.getRawValue() as QualificationFormValue;
      return existing
        ? this.api.updateQualification(existing.crebo, qualificationFormToUpdate(value))
        : this.api.createQualification(qualificationFormToInput(value));
    });
  }
}
