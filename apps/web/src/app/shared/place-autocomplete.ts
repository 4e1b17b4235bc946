import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, FormGroupDirective, NgForm, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';
import { ControlErrorPipe } from '../core/forms/control-error';
import { TaxonomyService } from './taxonomy.service';

/** A place as forms keep it: enough to show it again without a lookup. */
export interface PlaceOption {
  id: number;
  name: string;
  municipality: string;
}

export function placeDisplay(place: PlaceOption | null | undefined): string {
  return place ? `${place.name} (${place.municipality})` : '';
}

/** Shows the error of the outer control (the chosen place), not of the text typed into the box. */
class OuterControlErrorMatcher implements ErrorStateMatcher {
  constructor(private readonly outer: () => AbstractControl) {}

  isErrorState(_control: AbstractControl | null, form: FormGroupDirective | NgForm | null): boolean {
    const outer = this.outer();
    return outer.invalid && (outer.touched || Boolean(form?.submitted));
  }
}

/**
 * Dutch places by name (accents and case ignored by the API). The `control` holds the chosen place (or null); the
 * text in the box is only a query: leaving the box without choosing shows the chosen place again.
 */
@Component({
  selector: 'tz-place-autocomplete',
  imports: [
    ControlErrorPipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  template: `
    <mat-form-field class="field">
      <mat-label>{{ label() | transloco }}</mat-label>
      <mat-icon matPrefix aria-hidden="true" svgIcon="location_on" />
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="matcher"
        [required]="required()"
        [attr.data-testid]="testId()"
        (blur)="onBlur()"
      />
      @if (control().value) {
        <button
          matIconSuffix
          mat-icon-button
          type="button"
          [attr.aria-label]="'shared.place.clear' | transloco"
          (click)="clear()"
        >
          <mat-icon aria-hidden="true" svgIcon="close" />
        </button>
      }
      <mat-autocomplete
        #auto="matAutocomplete"
        autoActiveFirstOption
        [displayWith]="display"
        (optionSelected)="choose($event.option.value)"
        (closed)="reconcile()"
      >
        @for (place of options(); track place.id) {
          <mat-option [value]="place">
            {{ place.name }} <span class="municipality">· {{ place.municipality }}</span>
          </mat-option>
        }
        @if (noResults()) {
          <mat-option disabled>{{ 'shared.place.none' | transloco }}</mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() | transloco }}</mat-hint>
      }
      @if (control().errors | tzControlError; as error) {
        <mat-error>{{ error.key | transloco: error.params }}</mat-error>
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
    .municipality {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceAutocomplete implements OnInit {
  private readonly taxonomy = inject(TaxonomyService);
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<PlaceOption | null>>();
  /** Translation key of the label. */
  readonly label = input('shared.place.label');
  readonly hint = input<string>();
  readonly required = input(false);
  readonly testId = input<string>();

  private readonly trigger = viewChild(MatAutocompleteTrigger);
  protected readonly text = new FormControl<string | PlaceOption>('', { nonNullable: true });
  protected readonly options = signal<PlaceOption[]>([]);
  protected readonly noResults = signal(false);
  protected readonly matcher = new OuterControlErrorMatcher(() => this.control());
  protected readonly display = (value: string | PlaceOption | null): string =>
    typeof value === 'string' ? value : placeDisplay(value);

  ngOnInit(): void {
    const control = this.control();
    this.text.setValue(control.value ?? '', { emitEvent: false });
    control.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((place) => {
      const shown = this.text.value;
      if (typeof shown === 'string' || shown.id !== place?.id) {
        this.text.setValue(place ?? '', { emitEvent: false });
      }
    });
    this.text.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : null)),
        filter((query): query is string => query !== null),
        debounceTime(250),
        distinctUntilChanged(),
        tap(() => this.noResults.set(false)),
        switchMap((query) =>
          query.length < 2
            ? of([])
            : this.taxonomy.searchPlaces(query, 10).pipe(
                tap((places) => this.noResults.set(places.length === 0)),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((places) =>
        this.options.set(places.map(({ id, name, municipality }) => ({ id, name, municipality }))),
      );
  }

  protected choose(place: PlaceOption): void {
    const control = this.control();
    control.setValue(place);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected clear(): void {
    const control = this.control();
    this.text.setValue('', { emitEvent: false });
    this.options.set([]);
    control.setValue(null);
    control.markAsDirty();
  }

  protected onBlur(): void {
    this.control().markAsTouched();
    if (!this.trigger()?.panelOpen) {
      this.reconcile();
    }
  }

  /** Typed text without a choice: an empty box clears the place, anything else shows the chosen place again. */
  protected reconcile(): void {
    const shown = this.text.value;
    if (typeof shown !== 'string') {
      return;
    }
    if (shown.trim() === '') {
      if (this.control().value !== null) {
        this.clear();
      }
      return;
    }
    this.text.setValue(this.control().value ?? '', { emitEvent: false });
  }
}
