import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { VacancySummaryResponse } from '@techzone/contracts';
import { finalize } from 'rxjs';
import { mapApiError } from '../core/api/api-error';
import { TranslatableMessage } from '../core/api/translatable';
import { SavedVacanciesService } from '../shared/saved-vacancies.service';
import { VacancyCard } from '../shared/vacancy-card';

/** /bewaard: the vacancies a candidate saved, each with a remove button. */
@Component({
  selector: 'tz-saved-page',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule, RouterLink, TranslocoPipe, VacancyCard],
  template: `
    <div class="tz-container tz-page">
      <h1>{{ 'saved.title' | transloco }}</h1>
      @if (loadError(); as error) {
        <div class="tz-form-error" role="alert">
          <p>{{ error.key | transloco: error.params }}</p>
          <button type="button" mat-stroked-button (click)="load()">{{ 'common.retry' | transloco }}</button>
        </div>
      } @else if (vacancies(); as list) {
        @if (list.length === 0) {
          <p>{{ 'saved.empty' | transloco }}</p>
          <a mat-flat-button routerLink="/vacatures">{{ 'saved.search' | transloco }}</a>
        } @else {
          <ul class="cards">
            @for (vacancy of list; track vacancy.id) {
              <li>
                <tz-vacancy-card [vacancy]="vacancy">
                  <div class="remove">
                    <button
                      type="button"
                      mat-button
                      [disabled]="busyId() === vacancy.id"
                      [attr.aria-label]="'saved.removeLabel' | transloco: { title: vacancy.title }"
                      (click)="remove(vacancy)"
                    >
                      <mat-icon aria-hidden="true" svgIcon="bookmark_remove" />
                      {{ 'saved.remove' | transloco }}
                    </button>
                  </div>
                </tz-vacancy-card>
              </li>
            }
          </ul>
        }
      } @else {
        <mat-spinner diameter="40" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
      gap: 16px;
      padding: 0;
      list-style: none;
    }
    .remove {
      margin-top: auto;
      padding-top: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedPage implements OnInit {
  private readonly saved = inject(SavedVacanciesService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly vacancies = signal<VacancySummaryResponse[] | null>(null);
  protected readonly loadError = signal<TranslatableMessage | null>(null);
  protected readonly busyId = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.saved
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (list) => this.vacancies.set(list),
        error: (error: unknown) => this.loadError.set(mapApiError(error).form[0] ?? { key: 'errors.unexpected' }),
      });
  }

  protected remove(vacancy: VacancySummaryResponse): void {
    this.busyId.set(vacancy.id);
    this.saved
      .remove(vacancy.id)
      .pipe(finalize(() => this.busyId.set(null)))
      .subscribe({
        next: () => {
          this.vacancies.update((list) => list?.filter((item) => item.id !== vacancy.id) ?? null);
          this.snackBar.open(this.transloco.translate('saved.removed', { title: vacancy.title }), undefined, {
            duration: 4000,
          });
        },
        error: (error: unknown) => {
          const message = mapApiError(error).form[0] ?? { key: 'errors.unexpected' };
          this.snackBar.open(this.transloco.translate(message.key, message.params), undefined, { duration: 8000 });
        },
      });
  }
}
