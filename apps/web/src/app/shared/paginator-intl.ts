import { inject, Injectable, Provider } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's texts from the translation files, following the active language. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$.pipe(takeUntilDestroyed()).subscribe(() => {
      this.itemsPerPageLabel = this.transloco.translate('shared.paginator.itemsPerPage');
      this.nextPageLabel = this.transloco.translate('shared.paginator.next');
      this.previousPageLabel = this.transloco.translate('shared.paginator.previous');
      this.firstPageLabel = this.transloco.translate('shared.paginator.first');
      this.lastPageLabel = this.transloco.translate('shared.paginator.last');
      this.changes.next();
    });
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) {
      return this.transloco.translate('shared.paginator.rangeEmpty');
    }
    const from = page * pageSize + 1;
    const to = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('shared.paginator.range', { from, to, length });
  };
}

export function providePaginatorIntl(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}
