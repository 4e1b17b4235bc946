import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { Locale, LOCALES } from '@techzone/contracts';
import { LanguageService } from '../i18n/language.service';

@Component({
  selector: 'tz-language-switch',
  imports: [MatButtonModule, TranslocoPipe],
  template: `
    <div class="switch" role="group" [attr.aria-label]="'language.label' | transloco">
      @for (option of languages; track option) {
        <button
          type="button"
          mat-button
          [attr.aria-pressed]="language.lang() === option"
          [attr.lang]="option"
          [title]="'language.names.' + option | transloco"
          (click)="select(option)"
        >
          {{ 'language.codes.' + option | transloco }}
        </button>
      }
    </div>
  `,
  styles: `
    .switch {
      display: inline-flex;
      border: 1px solid rgb(255 255 255 / 60%);
      border-radius: 20px;
      overflow: hidden;
    }
    button {
      min-width: 42px;
      border-radius: 0;
      --mat-button-text-horizontal-padding: 8px;
    }
    button[aria-pressed='true'] {
      background: var(--tz-accent-on-dark);
      --mat-button-text-label-text-color: var(--tz-header-bg);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);
  protected readonly languages: readonly Locale[] = LOCALES;

  protected select(lang: Locale): void {
    void this.language.select(lang);
  }
}
