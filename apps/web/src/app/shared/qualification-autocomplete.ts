import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Locale, QualificationResponse } from '@techzone/contracts';
import { LanguageService } from '../core/i18n/language.service';
import { labelOf, LabelPipe, matchesWords } from './label';
import { TaxonomyService } from './taxonomy.service';

/** MBO qualifications matching typed text: the name in either language, the crebo or the dossier. */
export function qualificationOptions(
  list: readonly QualificationResponse[],
  query: string,
  exclude: readonly string[],
  lang: Locale,
  limit = 30,
): QualificationResponse[] {
  return list
    .filter((item) => !exclude.includes(item.crebo) && matchesWords(query, item.nl, item.en, item.crebo, item.dossier))
    .sort((a, b) => a.level - b.level || labelOf(a, lang).localeCompare(labelOf(b, lang), lang))
    .slice(0, limit);
}

/** Type to find an MBO qualification (crebo); choosing one emits it and empties the box. */
@Component({
  selector: 'tz-qualification-autocomplete',
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
      <mat-icon matPrefix aria-hidden="true" svgIcon="school" />
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="auto"
        (focus)="activate()"
      />
      <mat-autocomplete #auto="matAutocomplete" autoActiveFirstOption (optionSelected)="choose($event.option.value)">
        @for (item of options(); track item.crebo) {
          <mat-option [value]="item">
            {{ item | tzLabel }}
            <span class="meta"
              >· {{ 'shared.qualification.meta' | transloco: { crebo: item.crebo, level: item.level } }}</span
            >
          </mat-option>
        }
        @if (options().length === 0 && query().length > 0) {
          <mat-option disabled>{{ 'shared.qualification.none' | transloco }}</mat-option>
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
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationAutocomplete {
  private readonly taxonomy = inject(TaxonomyService);
  private readonly lang = inject(LanguageService).lang;

  readonly label = input('shared.qualification.label');
  readonly hint = input<string>();
  readonly exclude = input<readonly string[]>([]);
  readonly picked = output<QualificationResponse>();

  protected readonly text = new FormControl<string | QualificationResponse>('', { nonNullable: true });
  private readonly value = toSignal(this.text.valueChanges, { initialValue: '' as string | QualificationResponse });
  protected readonly query = computed(() => {
    const value = this.value();
    return typeof value === 'string' ? value.trim() : '';
  });
  /** The list is fetched and the options built when the field is first used, not with the page. */
  private readonly active = signal(false);
  protected readonly options = computed(() =>
    this.active()
      ? qualificationOptions(this.taxonomy.qualifications.value(), this.query(), this.exclude(), this.lang())
      : [],
  );

  protected activate(): void {
    this.taxonomy.qualifications.load();
    this.active.set(true);
  }

  protected choose(item: QualificationResponse): void {
    this.picked.emit(item);
    this.text.setValue('');
  }
}
