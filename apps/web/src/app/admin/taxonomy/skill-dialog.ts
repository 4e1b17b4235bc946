import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { SkillResponse } from '@techzone/contracts';
import { LabelPipe } from '../../shared/label';
import { TaxonomyAdminApi } from './taxonomy-admin.api';
import { TaxonomyDialogSubmit } from './taxonomy-dialog-submit';
import {
  SKILL_CODE_PATTERN,
  skillFormToInput,
  skillFormToUpdate,
  SkillFormValue,
  skillParentOptions,
  skillToForm,
  synonymsValidator,
  TAXONOMY_LIMITS,
  URL_PATTERN,
} from './taxonomy-editor';
import { TaxonomyErrorPipe } from './taxonomy-error.pipe';

export interface SkillDialogData {
  /** null: a new skill. */
  skill: SkillResponse | null;
  skills: readonly SkillResponse[];
}

const FIELDS = ['code', 'parent', 'nl', 'en', 'kind', 'escoUri', 'synonyms'] as const;

/** Add a skill (or a group of skills) to the tree, or change one: names in both languages, group, synonyms. */
@Component({
  selector: 'tz-skill-dialog',
  imports: [
    LabelPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TaxonomyErrorPipe,
    TranslocoPipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{
        (data.skill ? 'admin.taxonomy.skills.editTitle' : 'admin.taxonomy.skills.newTitle')
          | transloco: { code: data.skill?.code ?? '' }
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
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.code' | transloco }}</mat-label>
            <input
              matInput
              formControlName="code"
              required
              autocomplete="off"
              [maxlength]="limits.skillCode"
              cdkFocusInitial
            />
            <mat-hint>{{ 'admin.taxonomy.formats.code' | transloco }}</mat-hint>
            @if (form.controls.code.errors | tzTaxonomyError: 'code'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.nl' | transloco }}</mat-label>
              <input matInput formControlName="nl" required lang="nl" [maxlength]="limits.skillLabel" />
              @if (form.controls.nl.errors | tzTaxonomyError: 'nl'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.en' | transloco }}</mat-label>
              <input matInput formControlName="en" required lang="en" [maxlength]="limits.skillLabel" />
              @if (form.controls.en.errors | tzTaxonomyError: 'en'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
          </div>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.parentGroup' | transloco }}</mat-label>
              <mat-select formControlName="parent">
                <mat-option [value]="null">{{ 'admin.taxonomy.noParent' | transloco }}</mat-option>
                @for (group of parents(); track group.code) {
                  <mat-option [value]="group.code">{{ group | tzLabel }} ({{ group.code }})</mat-option>
                }
              </mat-select>
              @if (form.controls.parent.errors | tzTaxonomyError: 'parent'; as error) {
                <mat-error>{{ error.key | transloco: error.params }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'admin.taxonomy.fields.skillKind' | transloco }}</mat-label>
              <mat-select formControlName="kind" required>
                <mat-option value="skill">{{ 'admin.taxonomy.skillKinds.skill' | transloco }}</mat-option>
                <mat-option value="group">{{ 'admin.taxonomy.skillKinds.group' | transloco }}</mat-option>
              </mat-select>
            </mat-form-field>
          </div>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.synonyms' | transloco }}</mat-label>
            <textarea matInput formControlName="synonyms" rows="3"></textarea>
            <mat-hint>{{ 'admin.taxonomy.synonymsHint' | transloco: { max: limits.synonyms } }}</mat-hint>
            @if (form.controls.synonyms.errors | tzTaxonomyError: 'synonyms'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'admin.taxonomy.fields.escoUri' | transloco }}</mat-label>
            <input matInput type="url" formControlName="escoUri" autocomplete="off" [maxlength]="limits.escoUri" />
            <mat-hint>{{ 'admin.taxonomy.escoHint' | transloco }}</mat-hint>
            @if (form.controls.escoUri.errors | tzTaxonomyError: 'escoUri'; as error) {
              <mat-error>{{ error.key | transloco: error.params }}</mat-error>
            }
          </mat-form-field>
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
export class SkillDialog {
  protected readonly data = inject<SkillDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SkillDialog, SkillResponse>>(MatDialogRef);
  private readonly api = inject(TaxonomyAdminApi);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly limits = TAXONOMY_LIMITS;
  private readonly initial = skillToForm(this.data.skill);
  protected readonly form = this.fb.group({
    code: this.fb.control(
      { value: this.initial.code, disabled: this.data.skill !== null },
      {
        validators: [
          Validators.required,
          Validators.maxLength(TAXONOMY_LIMITS.skillCode),
          Validators.pattern(SKILL_CODE_PATTERN),
        ],
      },
    ),
    parent: this.fb.control<string | null>(this.initial.parent),
    nl: [this.initial.nl, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.skillLabel)]],
    en: [this.initial.en, [Validators.required, Validators.maxLength(TAXONOMY_LIMITS.skillLabel)]],
    kind: this.fb.control<'group' | 'skill'>(this.initial.kind, Validators.required),
    escoUri: [this.initial.escoUri, [Validators.maxLength(TAXONOMY_LIMITS.escoUri), Validators.pattern(URL_PATTERN)]],
    synonyms: [this.initial.synonyms, synonymsValidator],
  });
  protected readonly parents = computed(() => skillParentOptions(this.data.skills, this.data.skill?.code ?? null));
  protected readonly submit = new TaxonomyDialogSubmit(this.form, this.dialogRef, FIELDS, 'code');

  protected save(): void {
    const existing = this.data.skill;
    this.submit.run(() => {
      const value = this.form.getRawValue() as SkillFormValue;
      return existing
        ? this.api.updateSkill(existing.code, skillFormToUpdate(value))
        : this.api.createSkill(skillFormToInput(value));
    });
  }
}
