import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { SKILL_IMPORTANCES, SKILL_LEVELS, SkillImportance, SkillLevel } from '@techzone/contracts';
import { ControlErrorPipe } from '../../core/forms/control-error';
import { LabelPipe } from '../label';
import { TaxonomyService } from '../taxonomy.service';
import { SkillAutocomplete } from './skill-autocomplete';
import { addPickedSkill, PickedSkill, removePickedSkill, updatePickedSkill } from './skill-picker.state';

/**
 * The skills of a profile or a vacancy: add from the taxonomy, a level 1-4 each and (vacancies) must or nice.
 * The `control` holds the list; every change replaces it.
 */
@Component({
  selector: 'tz-skill-picker',
  imports: [
    ControlErrorPipe,
    LabelPipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    SkillAutocomplete,
    TranslocoPipe,
  ],
  template: `
    <tz-skill-autocomplete
      [label]="addLabel()"
      [hint]="hint()"
      [exclude]="codes()"
      testId="skill-input"
      (picked)="add($event)"
    />
    @if (control().errors | tzControlError; as error) {
      <p class="error" role="alert">{{ error.key | transloco: error.params }}</p>
    }
    @if (skills().length > 0) {
      <ul class="skills">
        @for (skill of skills(); track skill.code) {
          @let name = taxonomy.skillByCode().get(skill.code) | tzLabel;
          <li class="skill" data-testid="picked-skill">
            <span class="name">{{ name || skill.code }}</span>
            <mat-form-field class="level" subscriptSizing="dynamic">
              <mat-label>{{ levelLabel() | transloco }}</mat-label>
              <mat-select
                [value]="skill.level"
                [aria-label]="(levelLabel() | transloco) + ': ' + name"
                (selectionChange)="setLevel(skill.code, $event.value)"
              >
                @for (level of levels; track level) {
                  <mat-option [value]="level"
                    >{{ level }} · {{ 'shared.skills.levels.' + level | transloco }}</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
            @if (withImportance()) {
              <mat-button-toggle-group
                hideSingleSelectionIndicator
                [value]="skill.importance"
                [attr.aria-label]="('shared.skills.importance' | transloco) + ': ' + name"
                (change)="setImportance(skill.code, $event.value)"
              >
                @for (importance of importances; track importance) {
                  <mat-button-toggle [value]="importance">{{
                    'shared.skills.importances.' + importance | transloco
                  }}</mat-button-toggle>
                }
              </mat-button-toggle-group>
            }
            <button
              type="button"
              mat-icon-button
              [attr.aria-label]="'shared.skills.remove' | transloco: { name: name }"
              (click)="remove(skill.code)"
            >
              <mat-icon aria-hidden="true" svgIcon="delete" />
            </button>
          </li>
        }
      </ul>
    } @else {
      <p class="empty">{{ 'shared.skills.empty' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .skills {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
    }
    .skill {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 4px 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .name {
      flex: 1 1 160px;
      font-weight: 500;
    }
    .level {
      width: 170px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillPicker implements OnInit {
  protected readonly taxonomy = inject(TaxonomyService);
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<PickedSkill[]>>();
  readonly withImportance = input(false);
  readonly max = input(60);
  readonly addLabel = input('shared.skills.add');
  readonly levelLabel = input('shared.skills.level');
  readonly hint = input<string>();

  protected readonly levels = SKILL_LEVELS;
  protected readonly importances = SKILL_IMPORTANCES;
  protected readonly skills = signal<PickedSkill[]>([]);
  protected readonly codes = signal<string[]>([]);

  constructor() {
    this.taxonomy.skills.load();
  }

  ngOnInit(): void {
    const control = this.control();
    this.show(control.value);
    control.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((list) => this.show(list));
  }

  protected add(code: string): void {
    this.write(addPickedSkill(this.control().value, code, this.max()));
  }

  protected remove(code: string): void {
    this.write(removePickedSkill(this.control().value, code));
  }

  protected setLevel(code: string, level: SkillLevel): void {
    this.write(updatePickedSkill(this.control().value, code, { level }));
  }

  protected setImportance(code: string, importance: SkillImportance): void {
    this.write(updatePickedSkill(this.control().value, code, { importance }));
  }

  private write(list: PickedSkill[]): void {
    const control = this.control();
    control.setValue(list);
    control.markAsDirty();
    control.markAsTouched();
  }

  private show(list: PickedSkill[]): void {
    this.skills.set(list);
    this.codes.set(list.map((skill) => skill.code));
  }
}
