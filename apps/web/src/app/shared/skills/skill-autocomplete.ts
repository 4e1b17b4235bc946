import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { SkillResponse } from '@techzone/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { LabelPipe } from '../label';
import { TaxonomyService } from '../taxonomy.service';
import { skillOptions } from './skill-picker.state';

/** Type to find a skill of the taxonomy (Dutch or English names); choosing one emits its code and empties the box. */
@Component({
  selector: 'tz-skill-autocomplete',
  imports: [
    LabelPipe,
    MatAutocompleteModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-icon matPrefix aria-hidden="true" svgIcon="add" />
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="auto"
        [attr.data-testid]="testId()"
        (focus)="activate()"
      />
      <mat-autocomplete #auto="matAutocomplete" autoActiveFirstOption (optionSelected)="choose($event.option.value)">
        @for (group of groups(); track group.code) {
          <mat-optgroup [label]="group.group | tzLabel">
            @for (skill of group.skills; track skill.code) {
              <mat-option [value]="skill">{{ skill | tzLabel }}</mat-option>
            }
          </mat-optgroup>
        }
        @if (queryText().length > 0 && groups().length === 0) {
          <mat-option disabled>{{ 'shared.skills.none' | transloco }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() | transloco }}</mat-hint>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    .field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillAutocomplete {
  private readonly taxonomy = inject(TaxonomyService);
  private readonly lang = inject(LanguageService).lang;

  readonly label = input('shared.skills.add');
  readonly hint = input<string>();
  readonly exclude = input<readonly string[]>([]);
  readonly testId = input<string>();
  readonly picked = output<string>();

  protected readonly text = new FormControl<string | SkillResponse>('', { nonNullable: true });
  protected readonly query = toSignal(this.text.valueChanges, { initialValue: '' as string | SkillResponse });
  protected readonly queryText = computed(() => {
    const query = this.query();
    return typeof query === 'string' ? query.trim() : '';
  });
  /** The skill tree is fetched and the options built when the field is first used, not with the page. */
  private readonly active = signal(false);
  protected readonly groups = computed(() =>
    this.active() ? skillOptions(this.taxonomy.skills.value(), this.queryText(), this.exclude(), this.lang()) : [],
  );

  protected activate(): void {
    this.taxonomy.skills.load();
    this.active.set(true);
  }

  protected choose(skill: SkillResponse): void {
    this.picked.emit(skill.code);
    this.text.setValue('');
  }
}
